// Boost and bury rules: for a query, the products matching a filter (brands, price, availability,
// attributes, with the first stage's meaning: any listed brand, inclusive price bounds in minor
// units, attributes of the filter's kind) have their reranked score multiplied by the rule's
// factor; a factor below 1 buries them. A product several boosts match takes the product of
// their factors.
//
// Precedence (applyRules.ts): hides first, then boosts reorder the rest, then pins take their
// positions. Scores are on each profile's own scale and can be 0 or negative (weighted fusion
// subtracts a title-length prior), so the stretch's finite scores are first scaled to 1…2 (the
// last 1, the first 2), then multiplied: ×2 lifts any product level with the first (above it with
// more), ×0.5 sinks any to the last's level (below it with less), ×1.2 moves one past those within
// a fifth of the spread. Ties keep the reranked order. Unscored candidates
// (−∞) stay last.
import type { Product } from '@shopsearch/db';
import type { RankedCandidate } from '../profiles.ts';
import type { AttributeFilter, SearchFilters } from '../retrieval.ts';
import type { MerchandisingRule } from './merchandisingRule.ts';

/** The fields of a product a boost's filter reads. */
export type BoostedProduct = Pick<Product, 'brand' | 'priceMinor' | 'availability' | 'attributes'>;

/** productId → the factor its matching boosts multiply to (only products some boost matched). */
export type BoostFactors = Map<string, number>;

export function boostRulesOf(rules: readonly MerchandisingRule[]) {
  return rules.flatMap((r) => (r.action.kind === 'boost' ? [r.action] : []));
}

/** Each product's combined factor under the boosts among `rules`. */
export function boostFactors(
  rules: readonly MerchandisingRule[],
  products: ReadonlyMap<string, BoostedProduct>,
): BoostFactors {
  const boosts = boostRulesOf(rules);
  const factors: BoostFactors = new Map();
  if (boosts.length === 0) return factors;
  for (const [id, product] of products) {
    let factor = 1;
    for (const b of boosts) if (matchesFilter(product, b.filter)) factor *= b.factor;
    if (factor !== 1) factors.set(id, factor);
  }
  return factors;
}

/** `list` reordered by boosted score; each candidate's `finalScore` is left as ranked. */
export function applyBoosts<C extends RankedCandidate>(
  list: readonly C[],
  factors: BoostFactors,
): C[] {
  if (factors.size === 0) return [...list];
  const finite = list.map((c) => c.finalScore).filter(Number.isFinite);
  const lo = Math.min(...finite);
  const spread = Math.max(...finite) - lo || 1;
  const keyed = list.map((c, i) => ({
    c,
    i,
    score: Number.isFinite(c.finalScore)
      ? (1 + (c.finalScore - lo) / spread) * (factors.get(c.productId) ?? 1)
      : c.finalScore,
  }));
  keyed.sort((a, b) => b.score - a.score || a.i - b.i);
  return keyed.map((k) => k.c);
}

export function matchesFilter(product: BoostedProduct, filter: SearchFilters): boolean {
  if (filter.brands?.length && !filter.brands.includes(product.brand)) return false;
  if (filter.availability?.length && !filter.availability.includes(product.availability))
    return false;
  if (filter.price && !inRange(product.priceMinor, filter.price)) return false;
  const attributes = (product.attributes ?? {}) as Record<string, unknown>;
  return Object.entries(filter.attributes ?? {}).every(([name, f]) =>
    attributeMatches(attributes[name], f),
  );
}

function attributeMatches(value: unknown, filter: AttributeFilter): boolean {
  switch (filter.kind) {
    case 'text':
      return typeof value === 'string' && filter.anyOf.includes(value);
    case 'boolean':
      return value === filter.value;
    case 'numeric':
      return typeof value === 'number' && inRange(value, filter.range);
  }
}

function inRange(value: number | null, range: { min?: number; max?: number }): boolean {
  if (value === null) return false;
  return (
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max)
  );
}
