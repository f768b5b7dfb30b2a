// Word boundaries in shopper and product text: letters and digits make words, anything else
// separates them.
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Grows [start, end) in `text` to the whole word(s) it touches. */
export function expandToWord(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s > 0 && isWordChar(text[s - 1])) s -= 1;
  while (e < text.length && isWordChar(text[e])) e += 1;
  return { start: s, end: e };
}

/** The query's words, lower-cased, in order, without repeats. */
export function queryWords(q: string): string[] {
  return [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** Where words of `text` start with one of `words` (case-insensitive), as whole-word ranges. */
export function findWordMatches(text: string, words: string[]): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const ranges: { start: number; end: number }[] = [];
  for (const match of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (words.some((w) => word.startsWith(w))) {
      ranges.push({ start: match.index, end: match.index + word.length });
    }
  }
  return ranges;
}
