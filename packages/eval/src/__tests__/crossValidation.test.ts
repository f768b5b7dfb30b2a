import { describe, expect, it } from 'vitest';
import { twoFoldCrossValidation } from '../crossValidation.ts';

const queries = ['a', 'b', 'c', 'd', 'e', 'f'];
const scoresOf = (values: (number | null)[]) => new Map(queries.map((q, i) => [q, values[i]!]));

describe('twoFoldCrossValidation', () => {
  it('splits the queries into two disjoint halves, tunes on one and scores on the other', () => {
    const [first, second] = twoFoldCrossValidation([scoresOf([1, 1, 1, 1, 1, 1])], 7);
    expect([...first.tunedOn, ...first.heldOut].sort()).toEqual(queries);
    expect(first.tunedOn).toHaveLength(3);
    expect(second.tunedOn).toEqual(first.heldOut);
    expect(second.heldOut).toEqual(first.tunedOn);
  });

  it('chooses per half, so a configuration that wins only where it is tuned is exposed', () => {
    // Configuration 1 is perfect on a, b, c and useless elsewhere; 0 is steady at 0.5.
    const steady = scoresOf([0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    const spiky = scoresOf([1, 1, 1, 0, 0, 0]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const folds = twoFoldCrossValidation([steady, spiky], seed);
      for (const fold of folds) {
        const spikyTuned = fold.tunedOn.filter((q) => ['a', 'b', 'c'].includes(q)).length;
        // Spiky's mean on the tuning half is spikyTuned / 3; it is chosen only above 0.5.
        expect(fold.chosen).toBe(spikyTuned / 3 > 0.5 ? 1 : 0);
        const expected = fold.chosen === 1 ? (3 - spikyTuned) / 3 : 0.5;
        expect(fold.heldOutMean).toBeCloseTo(expected, 12);
      }
    }
  });

  it('leaves undefined scores out of the means', () => {
    const [fold] = twoFoldCrossValidation([scoresOf([null, null, null, null, null, 1])], 3);
    const mean = (half: readonly string[]) => (half.includes('f') ? 1 : -Infinity);
    expect(fold.tunedMean).toBe(mean(fold.tunedOn));
    expect(fold.heldOutMean).toBe(mean(fold.heldOut));
  });

  it('refuses nothing to choose from and fewer than two queries', () => {
    expect(() => twoFoldCrossValidation([])).toThrow(/no configurations/);
    expect(() => twoFoldCrossValidation([new Map([['a', 1]])])).toThrow(/two queries/);
  });
});
