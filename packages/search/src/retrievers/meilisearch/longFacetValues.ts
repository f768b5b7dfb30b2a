// Meilisearch files a facet string trimmed, NFKD-decomposed, lower-cased and cut at a character
// boundary to 468 bytes, but compares a filter value only normalised, never cut (a documented
// limitation): a longer value picked from the facet list would find nothing. Such a value is
// matched on the key the engine filed it under. The engine itself already merges values that
// share those first 468 bytes into one facet value.

/** milli's MAX_FACET_VALUE_LENGTH. */
const MAX_FACET_KEY_BYTES = 468;
/** The last code point: `prefix` + it is at or above every key that starts with `prefix`. */
const MAX_CHAR = '\u{10FFFF}';
const EDGE_WHITE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;

function normalize(value: string): string {
  return value.replace(EDGE_WHITE_SPACE, '').normalize('NFKD').toLowerCase();
}

/** The key a value is filed under, or null when the engine keeps the whole normalised value. */
function cutKey(value: string): string | null {
  const normalized = normalize(value);
  if (Buffer.byteLength(normalized) <= MAX_FACET_KEY_BYTES) return null;
  let bytes = 0;
  let end = 0;
  for (const char of normalized) {
    bytes += Buffer.byteLength(char);
    if (bytes > MAX_FACET_KEY_BYTES) break;
    end += char.length;
  }
  return normalized.slice(0, end);
}

export function isCutByEngine(value: string): boolean {
  return cutKey(value) !== null;
}

/**
 * The condition matching a value the engine cut, with `quote` making a filter string. The key
 * itself when the engine's normalisation leaves it unchanged; when the cut left white space at
 * its end (which normalising a filter value trims), every key starting with the trimmed key.
 */
export function cutValueCondition(
  field: string,
  value: string,
  quote: (text: string) => string,
): string {
  const key = cutKey(value) ?? normalize(value);
  const stable = normalize(key);
  if (stable === key) return `${field} = ${quote(key)}`;
  return `(${field} >= ${quote(stable)} AND ${field} <= ${quote(stable + MAX_CHAR)})`;
}
