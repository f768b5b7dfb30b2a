// How Meilisearch files a string for filters and facets (milli's normalize_facet and
// truncate_str): trimmed of Unicode white space, NFKD-decomposed, lower-cased, then cut at a
// character boundary to at most 468 UTF-8 bytes. Filter values are normalised the same way but
// never cut, so a value longer than the cut no longer equals its own facet key. Keys compare as
// UTF-8 bytes, as the engine's key-value store orders them.

/** MAX_FACET_VALUE_LENGTH: the engine's key size limit (500) minus a margin of 32. */
export const MAX_FACET_KEY_BYTES = 468;

const EDGE_WHITE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;

export function normalizeFacet(value: string): string {
  return value.replace(EDGE_WHITE_SPACE, '').normalize('NFKD').toLowerCase();
}

/** The key a string value is stored under. */
export function facetKey(value: string): string {
  const normalized = normalizeFacet(value);
  let bytes = 0;
  let end = 0;
  for (const char of normalized) {
    bytes += Buffer.byteLength(char);
    if (bytes > MAX_FACET_KEY_BYTES) break;
    end += char.length;
  }
  return normalized.slice(0, end);
}

/** Sign of a − b in UTF-8 byte order. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
