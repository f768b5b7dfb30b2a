// Shopper text → the words a tsquery is built from. Only letters and digits survive, so the
// query string handed to to_tsquery can never contain tsquery syntax, whatever was typed.

const MAX_WORDS = 32;
const MAX_WORD_LENGTH = 64;

export function queryWords(text: string, maxWords = MAX_WORDS): string[] {
  const words =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, maxWords).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/** One part of a query: its words, and the terms it also finds (its synonyms), as words. */
export interface QueryTerm {
  words: string[];
  alternatives: string[][];
}

/**
 * The query's words grouped into terms: a run of words that is a synonym term becomes one term
 * with its alternatives (`synonyms` keys are space-joined query words, as SynonymMap.forQuery
 * gives them). Alternatives are cut to query words, so they can never carry tsquery syntax.
 */
export function queryTerms(
  words: readonly string[],
  synonyms: Record<string, string[]> = {},
): QueryTerm[] {
  const keys = Object.keys(synonyms);
  const longest = keys.reduce((n, key) => Math.max(n, key.split(' ').length), 0);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length;) {
    let term: QueryTerm | null = null;
    for (let n = Math.min(longest, words.length - i); n > 0 && !term; n--) {
      const key = words.slice(i, i + n).join(' ');
      const alternatives = synonyms[key];
      if (alternatives)
        term = {
          words: words.slice(i, i + n),
          alternatives: alternatives.map((a) => queryWords(a)).filter((a) => a.length > 0),
        };
    }
    term ??= { words: [words[i]!], alternatives: [] };
    terms.push(term);
    i += term.words.length;
  }
  return terms;
}

/** A term as tsquery source: its words as a phrase, or'd with its alternatives' phrases. */
export function termSource(term: QueryTerm, prefix = false): string {
  const phrase = (words: readonly string[], last: boolean) =>
    words.map((w, i) => (last && i === words.length - 1 ? `${w}:*` : w)).join(' <-> ');
  const own = phrase(term.words, prefix);
  if (term.alternatives.length === 0) return own;
  return `(${[own, ...term.alternatives.map((a) => phrase(a, false))].join(' | ')})`;
}

/** Terms joined by `&` (all) or `|` (any); with `prefix`, the last term's last word is a prefix. */
export function termsSource(terms: readonly QueryTerm[], join: '&' | '|', prefix = false): string {
  return terms.map((t, i) => termSource(t, prefix && i === terms.length - 1)).join(` ${join} `);
}
