// Matching query words against a document, after Meilisearch's documented rules: words are
// lower-cased and split on anything that is not a letter or digit; the last query word also
// matches as a prefix; a word of 5–8 characters tolerates one typo and of 9 or more two
// (Levenshtein distance, a wrong first letter counting twice); synonyms match exactly.
// Proximity between words is not modelled.
import type { Document, IndexSettings } from './doubleIndex.ts';
import { allScalars, isCoveredBy, valueAt } from './documentValues.ts';

/** Meilisearch only looks at the first ten words of a query. */
const MAX_QUERY_WORDS = 10;

export interface TextMatch {
  /** Query words matched, counted from the first (the `words` ranking rule). */
  matchedWords: number;
  typos: number;
  /** Typos the matched words were allowed, for the ranking-score details. */
  maxTypos: number;
  /** Best searchable-attribute rank, then best word position in it (the `attribute` rule). */
  attributeRank: number;
  position: number;
  /** Words matched whole and without typos (the `exactness` rule). */
  exactWords: number;
}

interface SearchableField {
  rank: number;
  words: string[];
  typosAllowed: boolean;
}

interface WordMatch {
  typos: number;
  exact: boolean;
  rank: number;
  position: number;
}

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function queryWords(q: string): string[] {
  return words(q).slice(0, MAX_QUERY_WORDS);
}

/**
 * How a document matches the query words, or undefined when it does not: with `all` every word
 * must match; with `last` words are dropped from the end, so the first one must match.
 */
export function matchQuery(
  terms: readonly string[],
  document: Document,
  settings: IndexSettings,
  strategy: 'all' | 'last',
  searchOn: readonly string[] | null,
): TextMatch | undefined {
  const fields = searchableFields(document, settings, searchOn);
  const matches: WordMatch[] = [];
  for (const [i, term] of terms.entries()) {
    const match = matchWord(term, i === terms.length - 1, fields, settings);
    if (!match) break;
    matches.push(match);
  }
  if (matches.length === 0 || (strategy === 'all' && matches.length < terms.length)) {
    return undefined;
  }
  const best = matches.reduce((a, b) => (compareWordMatches(a, b) <= 0 ? a : b));
  return {
    matchedWords: matches.length,
    typos: matches.reduce((sum, m) => sum + m.typos, 0),
    maxTypos: terms.slice(0, matches.length).reduce((sum, t) => sum + typoBudget(t, settings), 0),
    attributeRank: best.rank,
    position: best.position,
    exactWords: matches.filter((m) => m.exact).length,
  };
}

function searchableFields(
  document: Document,
  settings: IndexSettings,
  searchOn: readonly string[] | null,
): SearchableField[] {
  const declared = settings.searchableAttributes;
  const paths = declared.includes('*') ? Object.keys(document) : declared;
  const typo = settings.typoTolerance;
  return paths
    .map((path, rank) => ({ path, rank }))
    .filter(({ path }) => !searchOn || isCoveredBy(path, searchOn))
    .map(({ path, rank }) => ({
      rank,
      words: allScalars(valueAt(document, path)).flatMap((v) => words(String(v))),
      typosAllowed: typo.enabled && !isCoveredBy(path, typo.disableOnAttributes),
    }));
}

function matchWord(
  term: string,
  isLast: boolean,
  fields: SearchableField[],
  settings: IndexSettings,
): WordMatch | undefined {
  const budget = typoBudget(term, settings);
  const synonyms = (settings.synonyms[term] ?? []).map(words);
  let best: WordMatch | undefined;
  const consider = (match: WordMatch) => {
    if (!best || compareWordMatches(match, best) < 0) best = match;
  };
  for (const { rank, words: fieldWords, typosAllowed } of fields) {
    fieldWords.forEach((word, position) => {
      if (word === term) consider({ typos: 0, exact: true, rank, position });
      else if (isLast && word.startsWith(term))
        consider({ typos: 0, exact: false, rank, position });
      else if (typosAllowed && budget > 0) {
        const typos = typoDistance(term, word, isLast);
        if (typos <= budget) consider({ typos, exact: false, rank, position });
      }
    });
    for (const synonym of synonyms) {
      if (synonym.length && synonym.every((w) => fieldWords.includes(w))) {
        consider({ typos: 0, exact: true, rank, position: fieldWords.indexOf(synonym[0]!) });
      }
    }
  }
  return best;
}

function compareWordMatches(a: WordMatch, b: WordMatch): number {
  return a.typos - b.typos || a.rank - b.rank || a.position - b.position;
}

export function typoBudget(term: string, settings: IndexSettings): number {
  const { enabled, oneTypo, twoTypos } = settings.typoTolerance;
  const length = [...term].length;
  if (!enabled || length < oneTypo) return 0;
  return length < twoTypos ? 1 : 2;
}

/**
 * Levenshtein distance from the query word to the document word (or, for the last query word,
 * to the closest prefix of it), plus one when the first letters differ.
 */
export function typoDistance(term: string, word: string, prefix: boolean): number {
  const a = [...term];
  const b = [...word];
  let row = b.map((_, j) => j + 1);
  row.unshift(0);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(substitution, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  const distance = prefix ? Math.min(...row) : row[b.length]!;
  return distance + (a[0] === b[0] ? 0 : 1);
}
