// How the words select and rank products, from strict to forgiving. The retriever tries each in
// turn and keeps the first that matches anything, so "wireless mouse" means both words, while a
// typo still finds something.
import { Prisma } from '@shopsearch/db';
import { queryWords, tsquerySource } from './textQuery.ts';

export interface TextMatch {
  kind: 'exact' | 'fuzzy';
  condition: Prisma.Sql;
  /** Higher is better. */
  rank: Prisma.Sql;
}

/** Field weights for ts_rank, in tsvector weight order D, C, B, A (attributes … title). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

export function browseMatch(): TextMatch {
  return { kind: 'exact', condition: Prisma.sql`TRUE`, rank: Prisma.sql`0` };
}

/** Strategies for non-empty text, strictest first. */
export function textMatches(text: string): TextMatch[] {
  const words = queryWords(text);
  if (words.length === 0) return [];
  const fullText = (source: string): TextMatch => {
    const query = Prisma.sql`to_tsquery('english', ${source})`;
    return {
      kind: 'exact',
      condition: Prisma.sql`search_vector @@ ${query}`,
      rank: Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], search_vector, ${query})`,
    };
  };
  const strategies = [
    fullText(tsquerySource(words, '&')),
    fullText(tsquerySource(words, '&', true)),
  ];
  if (words.length > 1) strategies.push(fullText(tsquerySource(words, '|')));
  const phrase = words.join(' ');
  strategies.push({
    kind: 'fuzzy',
    // `<%` is word similarity above pg_trgm's threshold and can use the trigram index on title.
    condition: Prisma.sql`(${phrase} <% title OR ${phrase} <% brand)`,
    rank: Prisma.sql`greatest(word_similarity(${phrase}, title), word_similarity(${phrase}, brand))`,
  });
  return strategies;
}
