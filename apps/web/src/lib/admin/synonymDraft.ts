// From analytics to action: a query shoppers asked that found nothing becomes the start of a
// one-way synonym line ("qqq → "), which the merchant completes with the words it should find.
import { normalizeTerm, parseSynonyms, SYNONYM_LIMITS } from '@shopsearch/search/limits';
import { adminHref } from './routes';

/**
 * `query → `, ready for the words it should also find; null when the query cannot be one term of
 * a line (empty, too long, a comment, or holding the line's own separators).
 */
export function synonymDraftLine(query: string): string | null {
  const term = query.replace(/\s+/gu, ' ').trim();
  if (!term || term.length > SYNONYM_LIMITS.termLength || term.startsWith('#')) return null;
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
  const term = normalizeTerm(draft.replace(/ → $/u, ''));
  const saved = parseSynonyms(text);
  const listed =
    saved.ok &&
    saved.lines.some((l) => (l.source === null ? l.terms.includes(term) : l.source === term));
  if (listed) return text;
  if (!text.trim()) return draft;
  return `${text.replace(/\s+$/u, '')}\n${draft}`;
}
