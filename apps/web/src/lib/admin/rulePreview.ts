// What a pending rule changes on the first page: each product's place now and with the rule.
import type { RulePreview } from './apiTypes';

export type PreviewMove = 'up' | 'down' | 'same' | 'new';

export interface PreviewRow {
  id: string;
  title: string;
  pinned: boolean;
  /** The factor a boost or bury moved it by, or null. */
  boost: number | null;
  move: PreviewMove;
  /** 1-based place in the other list, when it has one. */
  from: number | null;
}

/** The list with the rule, each row marked against the list without it. */
export function rowsWithRule(preview: RulePreview): PreviewRow[] {
  const before = new Map(preview.before.map((h, i) => [h.id, i + 1]));
  return preview.after.map((h, i) => {
    const from = before.get(h.id) ?? null;
    const move: PreviewMove =
      from === null ? 'new' : from > i + 1 ? 'up' : from < i + 1 ? 'down' : 'same';
    return { ...h, move, from };
  });
}

/** Products the rule takes off the first page. */
export function goneWithRule(preview: RulePreview): { id: string; title: string }[] {
  const after = new Set(preview.after.map((h) => h.id));
  return preview.before.filter((h) => !after.has(h.id));
}
