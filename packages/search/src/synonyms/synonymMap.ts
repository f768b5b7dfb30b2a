// Synonym lines as search applies them: which term also finds which others. Not transitive, as in
// Meilisearch ("a → b" and "b → c": a search for a finds b, not c). Terms are keyed by their search
// words (letters and digits, lower case), the words a query is split into, so "Wi-Fi" and "wi fi"
// are one term.
import { queryWords } from '../retrievers/postgres/textQuery.ts';
import type { SynonymLine } from './synonymList.ts';

/** A query's terms that have synonyms: the term's words (space-joined) → what it also finds. */
export type QuerySynonyms = Record<string, string[]>;

export class SynonymMap {
  readonly #alternatives = new Map<string, string[]>();
  /** Words in the longest term: how far a query is scanned for a multi-word term. */
  readonly #maxWords: number;

  constructor(lines: readonly SynonymLine[]) {
    let maxWords = 0;
    const add = (from: string, to: readonly string[]) => {
      const key = termKey(from);
      if (!key) return;
      maxWords = Math.max(maxWords, key.split(' ').length);
      const list = this.#alternatives.get(key) ?? [];
      for (const term of to.map(termKey))
        if (term && term !== key && !list.includes(term)) list.push(term);
      if (list.length) this.#alternatives.set(key, list);
    };
    for (const line of lines) {
      if (line.source !== null) add(line.source, line.terms);
      else for (const term of line.terms) add(term, line.terms);
    }
    this.#maxWords = maxWords;
  }

  get size(): number {
    return this.#alternatives.size;
  }

  /** The engine's form (Meilisearch's `synonyms` setting): each term and what it also finds. */
  toRecord(): Record<string, string[]> {
    return Object.fromEntries(this.#alternatives);
  }

  /**
   * The terms of a query that have synonyms, longest first at each word (bounded by the query's
   * own word limit and the longest term).
   */
  forQuery(text: string): QuerySynonyms {
    const found: QuerySynonyms = {};
    if (this.#alternatives.size === 0) return found;
    const words = queryWords(text);
    for (let i = 0; i < words.length;) {
      let matched = 0;
      for (let n = Math.min(this.#maxWords, words.length - i); n > 0; n--) {
        const key = words.slice(i, i + n).join(' ');
        const alternatives = this.#alternatives.get(key);
        if (alternatives) {
          found[key] = alternatives;
          matched = n;
          break;
        }
      }
      i += matched || 1;
    }
    return found;
  }
}

/** A term as search words: "Wi-Fi" → "wi fi". */
export function termKey(term: string): string {
  return queryWords(term).join(' ');
}
