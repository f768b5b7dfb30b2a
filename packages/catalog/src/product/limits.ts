// Limits on one product, in characters (UTF-16 code units, as JavaScript counts) unless stated.
// A row over a limit is rejected with a message rather than truncated, so nothing is lost
// silently. They also keep every value inside what the database indexes accept (a B-tree entry
// must stay under ~2.7 kB; a tsvector under 1 MB).
export const LIMITS = {
  id: 200,
  sku: 500,
  title: 1_000,
  description: 20_000,
  brand: 200,
  categoryLevels: 10,
  categoryName: 200,
  imageUrl: 2_048,
  gtins: 200,
  attributes: 1_000,
  attributeName: 200,
  attributeText: 10_000,
  /** Sum of the lengths of all attribute names and text values. */
  attributesTotal: 100_000,
  /** The `price_minor` column is a 32-bit integer. */
  priceMinor: 2_147_483_647,
} as const;
