// Rules applied to one stretch of the relevance order (positions `offset`… of the full list):
//   - hidden products leave the list;
//   - boosts and buries reorder what is left by their factors (boostRules.ts);
//   - each pinned product takes its position when that position lies in the stretch, and leaves
//     the rest of the list wherever it came (so it is never shown twice on one page).
// Precedence, in the order `rulesFor` gives (exact before contains, then oldest first):
//   - a hide beats any pin or boost of the same product; a pin beats boosts (it keeps its position);
//   - a product pinned twice takes the first rule's position;
//   - two products pinned at one position: the first rule's takes it, the other the next free one.
// Pins reach past the first stage: a pinned product it did not find is still placed (an unfiltered
// search), but not when the shopper filtered, since it may not match the filters.
import type { RankedCandidate } from '../profiles.ts';
import { applyBoosts, type BoostFactors } from './boostRules.ts';
import type { MerchandisingRule } from './merchandisingRule.ts';

/** A candidate a pin placed: `firstStageRank` -1 when the first stage had not found it. */
export interface PlacedCandidate extends RankedCandidate {
  pinnedBy?: number;
  /** The factor boosts multiplied its score by, when some boost matched it. */
  boost?: number;
}

export interface RuleOptions {
  /** Absolute position of `list[0]`. */
  offset: number;
  /** Whether the search had filters: pins then place only products the first stage found. */
  filtered: boolean;
  /** The boosts' factors for the products of `list` (boostFactors); none by default. */
  boosts?: BoostFactors | undefined;
}

export function applyRules(
  list: readonly RankedCandidate[],
  rules: readonly MerchandisingRule[],
  { offset, filtered, boosts = new Map() }: RuleOptions,
): PlacedCandidate[] {
  if (rules.length === 0) return [...list];
  const hidden = new Set<string>();
  for (const r of rules) if (r.action.kind === 'hide') hidden.add(r.action.productId);
  const found = new Map(list.map((c) => [c.productId, c]));
  const pins = pinPositions(rules, hidden);
  const pinnedIds = new Set([...pins.values()].map((p) => p.productId));
  const natural = applyBoosts(
    list.filter((c) => !hidden.has(c.productId) && !pinnedIds.has(c.productId)),
    boosts,
  ).map((c) => (boosts.has(c.productId) ? { ...c, boost: boosts.get(c.productId)! } : c));

  const lastPin = Math.max(-1, ...pins.keys());
  const out: PlacedCandidate[] = [];
  let next = 0;
  for (let position = offset; out.length < list.length; position++) {
    const pin = pins.get(position);
    const candidate = pin && placed(pin, found, filtered);
    if (candidate) out.push(candidate);
    else if (next < natural.length) out.push(natural[next++]!);
    else if (position >= lastPin) break;
  }
  return out;
}

/** 0-based position → the pin that takes it, after precedence. */
function pinPositions(rules: readonly MerchandisingRule[], hidden: Set<string>) {
  const byPosition = new Map<number, { productId: string; ruleId: number }>();
  const seen = new Set<string>();
  for (const r of rules) {
    if (r.action.kind !== 'pin' || hidden.has(r.action.productId)) continue;
    if (seen.has(r.action.productId)) continue;
    seen.add(r.action.productId);
    let position = r.action.position - 1;
    while (byPosition.has(position)) position++;
    byPosition.set(position, { productId: r.action.productId, ruleId: r.id });
  }
  return byPosition;
}

function placed(
  pin: { productId: string; ruleId: number },
  found: Map<string, RankedCandidate>,
  filtered: boolean,
): PlacedCandidate | null {
  const candidate = found.get(pin.productId);
  if (candidate) return { ...candidate, pinnedBy: pin.ruleId };
  if (filtered) return null;
  return {
    productId: pin.productId,
    firstStageRank: -1,
    lexicalScore: null,
    maxSimScore: null,
    finalScore: 0,
    pinnedBy: pin.ruleId,
  };
}
