// From analytics to action: a query shoppers asked that found nothing becomes the start of a
// one-way synonym line ("qqq → "), which the merchant completes with the words it should find.
import { adminHref } from './routes';

/** The longest term a synonym line takes (the API's SYNONYM_LIMITS.termLength). */
const TERM_LENGTH = 100;

/**
 * `query → `, ready for the words it should also find; null when the query cannot be one term of
 * a line (empty, too long, a comment, or holding the line's own separators).
 */
export function synonymDraftLine(query: string): string | null {
  const term = query.replace(/\s+/gu, ' ').trim();
  if (!term || term.length > TERM_LENGTH || term.startsWith('#')) return null;
  if (/,|→|->|=>/u.test(term)) return null;
  return `${term} → `;
}

/** The synonyms page with a line for `query` added, or null when it cannot start one. */
export function addSynonymHref(store: string, query: string): string | null {
  if (synonymDraftLine(query) === null) return null;
  return `${adminHref(store, 'synonyms')}?${new URLSearchParams({ for: query })}`;
}

/**
 * The merchant's list with the draft line appended (after a line break when needed), or as it is
 * when a line already starts from the draft's term (the link followed again after saving).
 */
export function withDraftLine(text: string, draft: string): string {
  const term = fold(draft.replace(/ → $/u, ''));
  const lines = text.split(/\r?\n/u);
  if (lines.some((line) => startsFrom(line, term))) return text;
  if (!text.trim()) return draft;
  return `${text.replace(/\s+$/u, '')}\n${draft}`;
}

const ARROW = /→|->|=>/u;
const fold = (term: string) => term.toLowerCase().replace(/\s+/gu, ' ').trim();

/** A one-way line from `term`, or a multi-way line that lists it. */
function startsFrom(line: string, term: string): boolean {
  if (line.trim().startsWith('#')) return false;
  const [source, targets] = line.split(ARROW);
  if (targets !== undefined) return fold(source ?? '') === term;
  return line.split(',').some((t) => fold(t) === term);
}
