// Team-draft interleaving (Radlinski, Kurup & Joachims 2008): two rankings merged into the one list
// a shopper sees, each product remembering which ranking (team) put it there; a click is credited
// to that team, and the impression is won by the team with more clicks. Each round the team with
// fewer picks (a coin decides between equals) adds its best product not yet shown.
//
// When both rankings would add the same product next, it is shown without a team: it credits
// neither (as in Chapelle et al. 2012's treatment of a shared prefix), so two identical rankings
// always tie instead of winning or losing by the coin.

export type Team = 'a' | 'b' | 'both';

export interface InterleavedItem {
  id: string;
  team: Team;
}

/**
 * The interleaved list, at most `length` products. `random` gives numbers in [0, 1); seed it per
 * impression (`seededRandom`) so the same impression is the same list on every page load.
 */
export function teamDraftInterleave(
  a: readonly string[],
  b: readonly string[],
  { length, random }: { length: number; random: () => number },
): InterleavedItem[] {
  const shown = new Set<string>();
  const items: InterleavedItem[] = [];
  const picks = { a: 0, b: 0 };
  const cursor = { a: 0, b: 0 };
  const nextOf = (side: 'a' | 'b') => {
    const list = side === 'a' ? a : b;
    while (cursor[side] < list.length && shown.has(list[cursor[side]]!)) cursor[side]++;
    return cursor[side] < list.length ? list[cursor[side]]! : null;
  };
  while (items.length < length) {
    const nextA = nextOf('a');
    const nextB = nextOf('b');
    if (nextA === null && nextB === null) break;
    if (nextA !== null && nextA === nextB) {
      items.push({ id: nextA, team: 'both' });
      shown.add(nextA);
      continue;
    }
    const side: 'a' | 'b' =
      nextB === null
        ? 'a'
        : nextA === null
          ? 'b'
          : picks.a < picks.b || (picks.a === picks.b && random() < 0.5)
            ? 'a'
            : 'b';
    const id = side === 'a' ? nextA! : nextB!;
    items.push({ id, team: side });
    shown.add(id);
    picks[side]++;
  }
  return items;
}

export type ImpressionOutcome = 'a' | 'b' | 'tie';

/** Clicks credited to the team that contributed each clicked product (by 0-based position). */
export function creditClicks(
  items: readonly InterleavedItem[],
  clickedPositions: Iterable<number>,
): { a: number; b: number } {
  const credit = { a: 0, b: 0 };
  for (const position of new Set(clickedPositions)) {
    const team = items[position]?.team;
    if (team === 'a' || team === 'b') credit[team]++;
  }
  return credit;
}

/** The impression goes to the team with more credited clicks; equal (or none) is a tie. */
export function impressionOutcome(credit: { a: number; b: number }): ImpressionOutcome {
  return credit.a > credit.b ? 'a' : credit.b > credit.a ? 'b' : 'tie';
}

/**
 * Two-sided exact sign test of wins against losses (ties left out): under "neither ranking is
 * preferred" each decided impression is a fair coin. p = P(|X − n/2| ≥ |wins − n/2|), X ~ Bin(n, ½).
 */
export function signTest(wins: number, losses: number): number {
  const n = wins + losses;
  if (n === 0) return 1;
  const extreme = Math.abs(wins - n / 2);
  // log C(n, k) − n log 2, summed in log space so thousands of impressions do not overflow.
  let logChoose = 0;
  let p = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logChoose += Math.log((n - k + 1) / k);
    if (Math.abs(k - n / 2) >= extreme - 1e-9) p += Math.exp(logChoose - n * Math.LN2);
  }
  return Math.min(1, p);
}
