// A merchant's rule for one query: pin a product at a position, hide it, or boost or bury the
// products matching a filter (boostRules.ts). Rules run after
// reranking (applyRules.ts) and need no re-index. Which rules a search obeys:
//   - enabled, and now within its optional start and end dates;
//   - its query matches the search's text, compared as search compares words (case-folded, one
//     space): `exact` when the texts are equal, `contains` when the rule's words appear together
//     and in order in the search's words ("laptop bag" contains "laptop", not "lap").
import type { SearchFilters } from '../retrieval.ts';
import { normalizeTerm } from '../synonyms/synonymList.ts';

export type RuleMatch = 'exact' | 'contains';

export type RuleAction =
  | { kind: 'pin'; productId: string; /** 1-based. */ position: number }
  | { kind: 'hide'; productId: string }
  /** The reranked score of products matching `filter` times `factor` (below 1 buries). */
  | { kind: 'boost'; filter: SearchFilters; factor: number };

export interface MerchandisingRule {
  id: number;
  /** Normalised with `normalizeTerm`. */
  query: string;
  match: RuleMatch;
  action: RuleAction;
  enabled: boolean;
  startsAt: Date | null;
  endsAt: Date | null;
}

export const RULE_LIMITS = {
  /** Rules per store. */
  rules: 1_000,
  /** The deepest position a product can be pinned at. */
  position: 50,
  /** Characters in a rule's query. */
  queryLength: 200,
  /** A boost's factor lies within these (a bury below 1); 1 itself changes nothing. */
  minFactor: 0.1,
  maxFactor: 10,
} as const;

/** The rules a search for `text` obeys at `now`, exact matches first, then by id (oldest first). */
export function rulesFor(
  rules: readonly MerchandisingRule[],
  text: string,
  now: Date,
): MerchandisingRule[] {
  const words = normalizeTerm(text);
  if (!words) return [];
  return rules
    .filter((r) => isLive(r, now) && queryMatches(r, words))
    .sort((a, b) => rank(a) - rank(b) || a.id - b.id);
}

function rank(rule: MerchandisingRule): number {
  return rule.match === 'exact' ? 0 : 1;
}

function isLive(rule: MerchandisingRule, now: Date): boolean {
  if (!rule.enabled) return false;
  if (rule.startsAt && now < rule.startsAt) return false;
  return !rule.endsAt || now < rule.endsAt;
}

function queryMatches(rule: MerchandisingRule, words: string): boolean {
  if (rule.match === 'exact') return words === rule.query;
  return ` ${words} `.includes(` ${rule.query} `);
}
