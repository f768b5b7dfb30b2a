// Shopper text → the words a tsquery is built from. Only letters and digits survive, so the
// query string handed to to_tsquery can never contain tsquery syntax, whatever was typed.

const MAX_WORDS = 32;
const MAX_WORD_LENGTH = 64;

export function queryWords(text: string): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/**
 * A to_tsquery('english', …) source: all words required (`&`) or any (`|`); with `prefix`, the
 * last word also matches longer words (as-you-type).
 */
export function tsquerySource(words: readonly string[], join: '&' | '|', prefix = false): string {
  return words.map((w, i) => (prefix && i === words.length - 1 ? `${w}:*` : w)).join(` ${join} `);
}
