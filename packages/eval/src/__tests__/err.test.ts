import { describe, expect, it } from 'vitest';
import { errAtK } from '../err.ts';
import { judgments } from './helpers.ts';

describe('errAtK', () => {
  it('matches the cascade model computed by hand on three documents', () => {
    // grades [2, 0, 3], g_max = 3 → R = (2^g − 1) / 8: R1 = 3/8, R2 = 0, R3 = 7/8
    // ERR = R1/1 + (1 − R1)·R2/2 + (1 − R1)(1 − R2)·R3/3
    //     = 3/8 + 0 + (5/8)(1)(7/8)/3 = 72/192 + 35/192 = 107/192 = 0.557292
    const score = errAtK(judgments({ a: 2, b: 0, c: 3 }), ['a', 'b', 'c'], { k: 3 });
    expect(score.label).toBe('ERR@3 (gmax 3)');
    expect(score.value).toBeCloseTo(107 / 192, 12);
  });

  it('discounts later perfect documents by the chance the user already stopped', () => {
    // [3, 3, 3]: 7/8 + (1/8)(7/8)/2 + (1/8)²(7/8)/3 = 0.875 + 0.0546875 + 0.0045573 = 0.934245
    const perfect = judgments({ a: 3, b: 3, c: 3 });
    expect(errAtK(perfect, ['a', 'b', 'c'], { k: 3 }).value).toBeCloseTo(0.934245, 6);
    // cutoff 1 keeps only the first term
    expect(errAtK(perfect, ['a', 'b', 'c'], { k: 1 }).value).toBe(0.875);
  });

  it('accepts a larger g_max and rejects one below the top grade', () => {
    // g_max 4: R = 7/16 for one grade-3 document
    const one = judgments({ a: 3 });
    expect(errAtK(one, ['a'], { k: 1, maxGrade: 4 })).toEqual({
      label: 'ERR@1 (gmax 4)',
      value: 7 / 16,
    });
    expect(() => errAtK(one, ['a'], { k: 1, maxGrade: 2 })).toThrow(RangeError);
  });

  it('is undefined when nothing is relevant', () => {
    expect(errAtK(judgments({ a: 0 }), ['a'], { k: 3 }).value).toBeNull();
  });
});
