// The rule form's values and what the API takes from them: dates typed as YYYY-MM-DD are whole
// days in UTC, the end day included (a rule "until 12 Dec" runs through that day).
import { normalizeTerm, RULE_LIMITS } from '@shopsearch/search/limits';
import type { RuleInput, RuleRow } from './apiTypes';
import { adminHref } from './routes';
import { EMPTY_BOOST, toBoostFilter, type BoostDraft } from './boostFilter';

export interface RuleDraft extends BoostDraft {
  query: string;
  match: 'exact' | 'contains';
  action: 'pin' | 'hide' | 'boost';
  productId: string;
  position: string;
  startsOn: string;
  endsOn: string;
}

export const EMPTY_RULE: RuleDraft = {
  ...EMPTY_BOOST,
  query: '',
  match: 'exact',
  action: 'pin',
  productId: '',
  position: '1',
  startsOn: '',
  endsOn: '',
};

const DAY_MS = 86_400_000;

/** What the API takes; a boost sends its filter and factor and no product. */
export function toRuleInput(draft: RuleDraft, currency = 'USD'): RuleInput {
  const boost = draft.action === 'boost';
  return {
    query: draft.query,
    match: draft.match,
    action: draft.action,
    productId: boost ? null : draft.productId.trim(),
    position: draft.action === 'pin' ? Number(draft.position) : null,
    factor: boost ? Number(draft.factor) : null,
    filter: boost ? toBoostFilter(draft, currency) : null,
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
    productId: rule.action.kind === 'boost' ? null : rule.action.productId,
    position: rule.action.kind === 'pin' ? rule.action.position : null,
    factor: rule.action.kind === 'boost' ? rule.action.factor : null,
    filter: rule.action.kind === 'boost' ? rule.action.filter : null,
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

/** The rules page with its form's query set to `query` (from analytics), or null when unusable. */
export function addRuleHref(store: string, query: string): string | null {
  const term = normalizeTerm(query);
  if (!term || term.length > RULE_LIMITS.queryLength) return null;
  return `${adminHref(store, 'rules')}?${new URLSearchParams({ for: query })}`;
}
