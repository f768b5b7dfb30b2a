// How the words select and rank products, from strict to forgiving. The retriever tries each in
// turn and keeps the first that matches anything.
//
// Ranked by relevance, products matching more of the words come first, then by weighted ts_rank
// (so "wireless mouse" lists wireless mice, then other mice and wireless things), as Meilisearch's
// default matching strategy does. Sorted by price or date, all words are required: a price-sorted
// list of partial matches would be noise.
import { Prisma } from '@shopsearch/db';
import type { SortOrder } from '../../retrieval.ts';
import { queryTerms, queryWords, termSource, termsSource, type QueryTerm } from './textQuery.ts';

export interface TextMatch {
  kind: 'exact' | 'fuzzy';
  condition: Prisma.Sql;
  /** Higher is better; null when every match ranks alike (browse): the sort's keys order them. */
  rank: Prisma.Sql | null;
  /**
   * Some of the matches, each ranking above every other match, so a page they fill is the page
   * of ranking every match: the matches holding every term of a multi-word query, or those holding
   * a single word in the title.
   */
  leaders?: Prisma.Sql | undefined;
}

/** Field weights for ts_rank, in tsvector weight order D, C, B, A (attributes … title). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/** Words counted for "matches more of the words"; longer queries rank by ts_rank alone beyond. */
const COUNTED_WORDS = 8;

export function browseMatch(): TextMatch {
  return { kind: 'exact', condition: Prisma.sql`TRUE`, rank: null };
}

/**
 * Strategies for non-empty text, strictest first. A term with synonyms matches its own words or
 * any of its alternatives (query expansion); the typo fallback looks for the words as typed.
 */
export function textMatches(
  text: string,
  sort: SortOrder,
  synonyms: Record<string, string[]> = {},
): TextMatch[] {
  const words = queryWords(text);
  if (words.length === 0) return [];
  const terms = queryTerms(words, synonyms);
  const tsquery = (source: string) => Prisma.sql`to_tsquery('english', ${source})`;
  const rankOf = (query: Prisma.Sql) =>
    Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], search_vector, ${query})`;
  const all = tsquery(termsSource(terms, '&'));
  const allWithPrefix = tsquery(termsSource(terms, '&', true));
  const strategies: TextMatch[] = [];
  if (sort === 'relevance' && terms.length > 1) {
    const any = tsquery(termsSource(terms, '|'));
    const wordsMatched = terms
      .slice(0, COUNTED_WORDS)
      .map((t) => Prisma.sql`(search_vector @@ ${tsquery(termSource(t))})::int`);
    strategies.push({
      kind: 'exact',
      condition: Prisma.sql`search_vector @@ ${any}`,
      rank: Prisma.sql`(${Prisma.join(wordsMatched, ' + ')}) + ${rankOf(any)}`,
      // Past COUNTED_WORDS the points stop counting every term, so the tier no longer leads.
      leaders: terms.length <= COUNTED_WORDS ? Prisma.sql`search_vector @@ ${all}` : undefined,
    });
  } else {
    strategies.push({
      kind: 'exact',
      condition: Prisma.sql`search_vector @@ ${all}`,
      rank: rankOf(all),
      leaders: sort === 'relevance' ? titleLeaders(terms, all) : undefined,
    });
  }
  strategies.push({
    kind: 'exact',
    condition: Prisma.sql`search_vector @@ ${allWithPrefix}`,
    rank: rankOf(allWithPrefix),
  });
  const phrase = words.join(' ');
  strategies.push({
    kind: 'fuzzy',
    // `<%` is word similarity above pg_trgm's threshold and can use the trigram index on title.
    condition: Prisma.sql`(${phrase} <% title OR ${phrase} <% brand)`,
    rank: Prisma.sql`greatest(word_similarity(${phrase}, title), word_similarity(${phrase}, brand))`,
  });
  return strategies;
}

/**
 * For a query of one lexeme, the matches holding it in the title or SKU (the tsvector's weight A,
 * indexed apart as product_title_tsvector_idx). ts_rank of one lexeme sums w/(j+1)² over its
 * positions j in order, divided by π²/6 (PostgreSQL's calc_rank_or, when the first position has the
 * largest weight), and the tsvector's parts come in position order title, brand, description,
 * attributes with weights 1.0, 0.4, 0.2, 0.1: a title match ranks at least 1 / 1.645 = 0.61, any
 * other below 0.4. `numnode` = 1 keeps the tier out if the parser makes several lexemes of a word.
 */
function titleLeaders(terms: readonly QueryTerm[], query: Prisma.Sql): Prisma.Sql | undefined {
  const [term, ...others] = terms;
  if (!term || others.length > 0 || term.words.length !== 1 || term.alternatives.length > 0)
    return undefined;
  // The expression of the title index, as the search_vector column's weight-A part.
  const title = Prisma.sql`to_tsvector('english', title || ' ' || sku)`;
  return Prisma.sql`(numnode(${query}) = 1 AND ${title} @@ ${query})`;
}
