import { describe, expect, it } from 'vitest';
import { creditClicks, impressionOutcome, signTest, teamDraftInterleave } from '../interleaving.ts';
import { seededRandom } from '../seededRandom.ts';

/** A random order of `ids`, from a seeded generator (Fisher–Yates). */
function shuffled(ids: readonly string[], random: () => number): string[] {
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const POOL = Array.from({ length: 30 }, (_, i) => `p${i}`);

/** 500 pairs of rankings over the same 30 products, interleaved to 20. */
function trials() {
  const random = seededRandom(2024);
  return Array.from({ length: 500 }, (_, t) => {
    const a = shuffled(POOL, random);
    const b = shuffled(POOL, random);
    return { a, b, items: teamDraftInterleave(a, b, { length: 20, random: seededRandom(t) }) };
  });
}

describe('teamDraftInterleave', () => {
  it('lets each side contribute within one of the other in every prefix', () => {
    for (const { items } of trials()) {
      let a = 0;
      let b = 0;
      for (const item of items) {
        if (item.team === 'a') a++;
        if (item.team === 'b') b++;
        expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
      }
      expect(items).toHaveLength(20);
      expect(new Set(items.map((i) => i.id)).size).toBe(20);
    }
  });

  it('takes each pick from its team: that ranking’s best product not yet shown', () => {
    for (const { a, b, items } of trials()) {
      items.forEach((item, position) => {
        const shown = new Set(items.slice(0, position).map((i) => i.id));
        const bestOf = (list: string[]) => list.find((id) => !shown.has(id));
        if (item.team === 'a') expect(item.id).toBe(bestOf(a));
        if (item.team === 'b') expect(item.id).toBe(bestOf(b));
        if (item.team === 'both') expect([bestOf(a), bestOf(b)]).toEqual([item.id, item.id]);
      });
    }
  });

  it('credits a click to the side that contributed the clicked product', () => {
    for (const { items } of trials().slice(0, 50)) {
      items.forEach((item, position) => {
        const credit = creditClicks(items, [position]);
        expect(credit).toEqual({
          a: item.team === 'a' ? 1 : 0,
          b: item.team === 'b' ? 1 : 0,
        });
      });
    }
    const items = teamDraftInterleave(['x', 'y'], ['z', 'w'], {
      length: 4,
      random: seededRandom(1),
    });
    const onA = items.flatMap((item, i) => (item.team === 'a' ? [i] : []));
    expect(impressionOutcome(creditClicks(items, onA))).toBe('a');
    // A repeated click on one product counts once; a position past the list counts for no one.
    expect(creditClicks(items, [onA[0]!, onA[0]!, 99])).toEqual({ a: 1, b: 0 });
  });

  it('makes identical rankings tie, whatever is clicked', () => {
    const random = seededRandom(5);
    for (let t = 0; t < 100; t++) {
      const list = shuffled(POOL, random);
      const items = teamDraftInterleave(list, list, { length: 10, random: seededRandom(t) });
      expect(items.map((i) => i.id)).toEqual(list.slice(0, 10));
      expect(items.every((i) => i.team === 'both')).toBe(true);
      const clicks = [0, 3, 9].filter(() => random() < 0.7);
      expect(impressionOutcome(creditClicks(items, clicks))).toBe('tie');
    }
  });

  it('is the same list for the same seed, and fills from the longer ranking when one runs out', () => {
    const a = ['a1', 'a2', 'a3', 'a4'];
    const b = ['b1'];
    const once = teamDraftInterleave(a, b, { length: 5, random: seededRandom(9) });
    expect(teamDraftInterleave(a, b, { length: 5, random: seededRandom(9) })).toEqual(once);
    expect(once.map((i) => i.id).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
    expect(teamDraftInterleave([], [], { length: 5, random: seededRandom(1) })).toEqual([]);
  });

  it('gives each side the first pick about half the time', () => {
    let aFirst = 0;
    for (let t = 0; t < 2000; t++)
      if (
        teamDraftInterleave(['x'], ['y'], { length: 1, random: seededRandom(t) })[0]!.team === 'a'
      )
        aFirst++;
    expect(Math.abs(aFirst / 2000 - 0.5)).toBeLessThan(0.05);
  });
});

describe('signTest', () => {
  // Reference values: scipy.stats.binomtest(wins, wins + losses, 0.5).pvalue (scipy 1.17).
  it('matches the exact two-sided binomial test', () => {
    expect(signTest(7, 3)).toBeCloseTo(0.34375, 12);
    expect(signTest(60, 40)).toBeCloseTo(0.05688793364098089, 10);
    expect(signTest(530, 470)).toBeCloseTo(0.06202319509836343, 10);
    expect(signTest(0, 5)).toBeCloseTo(0.0625, 12);
    expect(signTest(5, 5)).toBe(1);
    expect(signTest(0, 0)).toBe(1);
  });
});
