// Reference values were computed independently with Python 3.11, numpy 2.4 and scipy 1.17:
//   SMALL: scipy.stats.permutation_test((d,), np.mean, permutation_type='samples',
//          n_resamples=np.inf) (exact, all 2^8 sign flips) → 0.15625; a loop over
//          itertools.product([1, -1], repeat=8) gives the same 40/256.
//   LARGE: the same test with n_resamples=2_000_000, random_state=1 → p = 0.14138;
//          scipy.stats.bootstrap((d,), np.mean, method='percentile', n_resamples=400_000,
//          random_state=1) → 95% interval [−0.06749, 0.00802]; mean −0.0292775.
//   TINY:  every one of the 5^5 resamples enumerated, np.percentile(means, [2.5, 97.5])
//          → [−0.03, 0.28].
// Sampled results are compared within a few standard errors of the draws.
import { describe, expect, it } from 'vitest';
import {
  bootstrapMeanInterval,
  comparePaired,
  pairedDifferences,
  pairedRandomisationTest,
  winsLosses,
} from '../significance.ts';
import { seededRandom } from '../seededRandom.ts';

const SMALL = [0.12, -0.03, 0.25, 0.0, 0.08, -0.1, 0.31, 0.05];
const LARGE = [
  0.0302, 0.0748, -0.0111, -0.1036, -0.0382, -0.1187, 0.039, 0.231, -0.0438, -0.0631, 0.1035,
  0.0835, 0.0458, -0.1096, 0.0256, 0.1343, -0.1716, -0.0386, -0.2552, -0.1634, -0.2463, -0.0053,
  -0.1601, 0.0707, 0.0535, 0.002, -0.3475, -0.0508, 0.0227, 0.047, -0.1995, -0.0417, -0.1168,
  -0.0913, 0.1891, -0.0911, 0.0251, 0.1627, -0.0575, 0.0132,
];
const TINY = [0.2, -0.1, 0.05, 0.4, 0.0];

describe('pairedRandomisationTest', () => {
  it('enumerates every sign flip for few queries', () => {
    expect(pairedRandomisationTest(SMALL)).toEqual({
      pValue: 0.15625,
      method: 'exact',
      rounds: 256,
    });
    // By hand: [1, 2, 3] has sums ±6, ±4, ±2, 0 twice; two of eight reach |6|.
    expect(pairedRandomisationTest([1, 2, 3]).pValue).toBe(0.25);
    // All differences zero: every flip is as extreme.
    expect(pairedRandomisationTest([0, 0, 0]).pValue).toBe(1);
    expect(pairedRandomisationTest([]).pValue).toBe(1);
  });

  it('samples sign flips for many queries, close to the reference p-value and repeatable', () => {
    const result = pairedRandomisationTest(LARGE, { rounds: 20_000, seed: 7 });
    expect(result.method).toBe('sampled');
    expect(Math.abs(result.pValue - 0.14138)).toBeLessThan(0.01);
    expect(pairedRandomisationTest(LARGE, { rounds: 20_000, seed: 7 })).toEqual(result);
  });

  it('agrees between the exact and the sampled paths on the same numbers', () => {
    const exact = pairedRandomisationTest(SMALL).pValue;
    const sampled = pairedRandomisationTest(SMALL, { exactUpTo: 0, rounds: 20_000 }).pValue;
    expect(Math.abs(sampled - exact)).toBeLessThan(0.01);
  });
});

describe('bootstrapMeanInterval', () => {
  it('matches the reference percentile interval', () => {
    const ci = bootstrapMeanInterval(LARGE, { rounds: 20_000, seed: 3 })!;
    expect(ci.mean).toBeCloseTo(-0.0292775, 10);
    expect(Math.abs(ci.low - -0.06749)).toBeLessThan(0.004);
    expect(Math.abs(ci.high - 0.00802)).toBeLessThan(0.004);
    expect(ci.confidence).toBe(0.95);
  });

  it('matches the exactly enumerated bootstrap of five queries', () => {
    const ci = bootstrapMeanInterval(TINY, { rounds: 20_000 })!;
    expect(Math.abs(ci.low - -0.03)).toBeLessThan(0.012);
    expect(Math.abs(ci.high - 0.28)).toBeLessThan(0.012);
  });

  it('is one point for one query and absent for none', () => {
    expect(bootstrapMeanInterval([0.2])).toMatchObject({ low: 0.2, high: 0.2 });
    expect(bootstrapMeanInterval([])).toBeNull();
  });
});

describe('comparing two configurations', () => {
  it('pairs the queries both have a value for', () => {
    const a = new Map<string, number | null>([
      ['mouse', 0.5],
      ['printer', null],
      ['camera', 0.9],
    ]);
    const b = new Map<string, number | null>([
      ['mouse', 0.75],
      ['printer', 0.4],
      ['camera', 0.8],
      ['extra', 1],
    ]);
    const paired = pairedDifferences(a, b);
    expect(paired.queries).toEqual(['mouse', 'camera']);
    expect(paired.differences[0]).toBe(0.25);
    expect(paired.differences[1]).toBeCloseTo(-0.1, 12);
    expect(paired.skipped).toEqual(['printer', 'extra']);
  });

  it('counts queries won, lost and tied, differences under the printed precision tying', () => {
    expect(winsLosses([0.1, -0.2, 0, 0.0004, -0.0004, 0.3])).toEqual({ won: 2, lost: 1, tied: 3 });
  });

  it('calls a consistent loss significantly worse, and a mixed result not significant', () => {
    const worse = comparePaired([-0.1, -0.2, -0.05, -0.15, -0.3, -0.1, -0.12, -0.08]);
    // Only the two all-negative or all-positive flips reach the observed sum: p = 2/256.
    expect(worse.randomisation.pValue).toBe(2 / 256);
    expect(worse).toMatchObject({ significant: true, significantlyWorse: true, lost: 8, won: 0 });
    expect(worse.interval!.high).toBeLessThan(0);
    const mixed = comparePaired(SMALL);
    expect(mixed).toMatchObject({
      significant: false,
      significantlyWorse: false,
      won: 5,
      lost: 2,
      tied: 1,
    });
  });
});

describe('seededRandom', () => {
  it('repeats a sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.03);
  });
});
