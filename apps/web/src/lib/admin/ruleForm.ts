// The rule form's values and what the API takes from them: dates typed as YYYY-MM-DD are whole
// days in UTC, the end day included (a rule "until 12 Dec" runs through that day).
import type { RuleInput, RuleRow } from './apiTypes';

export interface RuleDraft {
  query: string;
  match: 'exact' | 'contains';
  action: 'pin' | 'hide';
  productId: string;
  position: string;
  startsOn: string;
  endsOn: string;
}

export const EMPTY_RULE: RuleDraft = {
  query: '',
  match: 'exact',
  action: 'pin',
  productId: '',
  position: '1',
  startsOn: '',
  endsOn: '',
};

const DAY_MS = 86_400_000;

export function toRuleInput(draft: RuleDraft): RuleInput {
  return {
    query: draft.query,
    match: draft.match,
    action: draft.action,
    productId: draft.productId.trim(),
    position: draft.action === 'pin' ? Number(draft.position) : null,
    startsAt: draft.startsOn ? new Date(`${draft.startsOn}T00:00:00Z`) : null,
    endsAt: draft.endsOn ? new Date(Date.parse(`${draft.endsOn}T00:00:00Z`) + DAY_MS) : null,
  };
}

/** A stored rule as the form's input again, `enabled` changed: what enabling or disabling sends. */
export function withEnabled(rule: RuleRow, enabled: boolean): RuleInput {
  return {
    query: rule.query,
    match: rule.match,
    action: rule.action.kind,
    productId: rule.action.productId,
    position: rule.action.kind === 'pin' ? rule.action.position : null,
    startsAt: rule.startsAt,
    endsAt: rule.endsAt,
    enabled,
  };
}

/** "from 1 Dec 2026 until 7 Dec 2026" (the last day included), or "always". */
export function ruleDates(rule: Pick<RuleRow, 'startsAt' | 'endsAt'>): string {
  const day = (d: Date) =>
    d.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const parts = [];
  if (rule.startsAt) parts.push(`from ${day(rule.startsAt)}`);
  if (rule.endsAt) parts.push(`until ${day(new Date(rule.endsAt.getTime() - DAY_MS))}`);
  return parts.join(' ') || 'always';
}
