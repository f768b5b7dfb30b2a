// As-you-type suggestions on the PostgreSQL first stage: the store's brands that start with the
// typed words (from the brand summary, most products first), then products whose title or brand
// holds the words, the last one as a prefix, as the Meilisearch stage searches title and brand.
//
// A keystroke's work is bounded: brands come from the summary, not the catalog, and at most
// RANKED_MATCHES products matching the words are ranked (a one- or two-letter prefix matches
// thousands; any few of them answer it as well as the "best" few).
import { escapeLike, Prisma, type PrismaClient } from '@shopsearch/db';
import type { Suggestion } from '../../retrieval.ts';
import { queryWords } from './textQuery.ts';

const MAX_BRANDS = 3;
/** Matches ranked at most per keystroke; below it the order is that of ranking every match. */
const RANKED_MATCHES = 1_000;

export async function suggestFromPostgres(
  prisma: PrismaClient,
  storeId: number,
  prefix: string,
  limit: number,
  rankedMatches = RANKED_MATCHES,
): Promise<Suggestion[]> {
  const words = queryWords(prefix);
  if (words.length === 0 || limit <= 0) return [];
  const brandPattern = `${escapeLike(words.join(' '))}%`;
  const brands = await prisma.$queryRaw<{ brand: string }[]>`
    SELECT brand FROM store_brand WHERE store_id = ${storeId} AND brand ILIKE ${brandPattern}
    ORDER BY products DESC, brand LIMIT ${Math.min(MAX_BRANDS, limit)}`;
  const query = titleOrBrandQuery(words);
  const products = await prisma.$queryRaw<{ id: string; title: string }[]>`
    SELECT id, title FROM (
      SELECT id, title, search_vector FROM product
      WHERE store_id = ${storeId} AND search_vector @@ ${query} LIMIT ${rankedMatches}) AS matched
    ORDER BY ts_rank(search_vector, ${query}) DESC, id
    LIMIT ${limit - brands.length}`;
  return [
    ...brands.map((b): Suggestion => ({ text: b.brand, kind: 'brand' })),
    ...products.map((p): Suggestion => ({ text: p.title, kind: 'product', productId: p.id })),
  ];
}

/**
 * Every word in the title or brand (tsvector weights A and B), the last as a prefix. A last word
 * that English drops as a stop word ("no", "not" on the way to "notebook") is kept as typed: it is
 * the start of a word still being typed, and without it the query would match nothing.
 */
function titleOrBrandQuery(words: readonly string[]): Prisma.Sql {
  const last = words[words.length - 1]!;
  const lastSource = `${last}:*AB`;
  const lastQuery = Prisma.sql`(CASE WHEN to_tsvector('english', ${last}) <> ''::tsvector
    THEN to_tsquery('english', ${lastSource}) ELSE to_tsquery('simple', ${lastSource}) END)`;
  if (words.length === 1) return lastQuery;
  const leading = words
    .slice(0, -1)
    .map((w) => `${w}:AB`)
    .join(' & ');
  return Prisma.sql`(to_tsquery('english', ${leading}) && ${lastQuery})`;
}
