// Product-type intent by meaning: a query whose head word is not one of the catalog's product
// types but means one ("laptop" → the type "Notebook": the catalog calls laptops notebooks, and
// the products that say "laptop" are things for laptops). The search then also asks the first
// stage for the type's name and ranks the products of that type as the thing sought
// (pipeline/productTypeIntent.ts). A query that names a catalog type itself ("keyboard", "pc") is
// left alone: its words already find what it names.
import { queryWords } from '../retrievers/postgres/textQuery.ts';
import type { QueryTokenLabels } from '../reranker.ts';
import type { CatalogTypes } from './catalogTypes.ts';

export interface TypeIntent {
  /** The query's word that means the type ("laptop"). */
  queryWord: string;
  /** The catalog's type it means, as the catalog writes it ("Notebook"). */
  productType: string;
  /** The attribute that names the type ("attr_t_product_type"). */
  attribute: string;
  /** Cosine of the word's vector and the type's (its words' summed vector), to 4 decimals. */
  similarity: number;
}

/**
 * The least cosine between a query word and a type for the word to mean it. Chosen on the Icecat
 * catalog with potion-base-4m (BENCHMARKS.md, issue 23): "laptop" → "Notebook" 0.56.
 */
export const TYPE_INTENT_MIN_COSINE = 0.5;

/** The type the query's head word means, or null (it names a type, or none is near enough). */
export function typeIntentOf(
  text: string,
  types: CatalogTypes,
  tokens: readonly QueryTokenLabels[],
  minCosine = TYPE_INTENT_MIN_COSINE,
): TypeIntent | null {
  const words = queryWords(text);
  if (words.length === 0 || words.some((w) => namesType(w, types.heads))) return null;
  // The head of a shopper's noun phrase is its last word: "gaming laptop" is a laptop, "laptop
  // case" a case.
  const head = words[words.length - 1]!;
  const token = tokens.findLast((t) => t.text === head || t.text === singular(head));
  if (!token) return null;
  let best = -1;
  for (let i = 0; i < token.cosines.length; i++) {
    if (best >= 0 && token.cosines[i]! <= token.cosines[best]!) continue;
    // A type holding the word itself is a kind of something else: "Desk-mounted CPU holder" for
    // "cpu", "Tabletop router" for "tablet" (the cosine there is the shared word's).
    if (types.words[i]!.some((w) => sameWord(w, head))) continue;
    best = i;
  }
  if (best < 0 || token.cosines[best]! < minCosine) return null;
  return {
    queryWord: head,
    productType: types.labels[best]!,
    attribute: types.attributes[best]!,
    similarity: Math.round(token.cosines[best]! * 1e4) / 1e4,
  };
}

/** Whether a query word is what some type names, as typed or in the singular ("keyboards"). */
function namesType(word: string, heads: ReadonlySet<string>): boolean {
  return heads.has(word) || heads.has(singular(word));
}

/** Letters two words must share from their start to count as forms of one word. */
const SHARED_STEM = 5;

/** Whether two words are forms of one word: one starts the other ("table", "tablet"), or a stem is shared. */
function sameWord(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return a.length >= SHARED_STEM && a.slice(0, SHARED_STEM) === b.slice(0, SHARED_STEM);
}

/** An English plural's singular, for the common forms ("batteries", "boxes", "laptops"). */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ch|sh|ss|x)es$/u.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
