// "Why this result" for a product found by meaning alone: it holds none of the query's words, but
// words the model places near them.
import type { SearchHit } from './apiTypes';

export function meaningNote(meaning: SearchHit['meaning']): string | null {
  if (meaning.length === 0) return null;
  const pairs = meaning.map(
    (m) => `‘${m.queryWord}’ → ‘${m.productWord}’ (${Math.round(m.similarity * 100)}%)`,
  );
  return `Found by meaning alone: ${pairs.join(', ')}.`;
}

/** "Why this result" for a product of the catalog type the query's word means ("laptop" → Notebook). */
export function productTypeNote(intent: SearchHit['productType']): string | null {
  if (!intent) return null;
  return `‘${intent.queryWord}’ → product type ‘${intent.productType}’ (${Math.round(intent.similarity * 100)}%): ranked as what you are looking for.`;
}
