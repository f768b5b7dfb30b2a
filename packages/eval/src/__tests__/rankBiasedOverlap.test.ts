import { describe, expect, it } from 'vitest';
import { rankBiasedOverlap } from '../rankBiasedOverlap.ts';

const letters = (text: string) => text.split('');

describe('rankBiasedOverlap', () => {
  it('is exactly 1 for identical lists and says which variant it is', () => {
    // RBO_ext = (1−p)/p · Σ_{d=1..k} p^d + p^k = (1 − p^k) + p^k = 1
    const result = rankBiasedOverlap(letters('abcdefgh'), letters('abcdefgh'));
    expect(result.label).toBe('RBO_ext (p=0.9)');
    expect(result.value).toBeCloseTo(1, 12);
  });

  it('is 0 for disjoint lists', () => {
    expect(rankBiasedOverlap(letters('abcd'), letters('wxyz')).value).toBe(0);
    expect(rankBiasedOverlap(letters('abcd'), letters('xy')).value).toBe(0);
  });

  it('matches a hand computation on two equal-length lists', () => {
    // S = [A, B, C], T = [B, A, D], p = 0.9
    // overlap X_d: d=1 {A}∩{B} = 0; d=2 {A,B}∩{B,A} = 2; d=3 {A,B,C}∩{B,A,D} = 2
    // Σ (X_d/d)·p^d = 0 + (2/2)·0.81 + (2/3)·0.729 = 0.81 + 0.486 = 1.296
    // RBO_ext = (0.1/0.9)·1.296 + (X_3/3)·p^3 = 0.144 + (2/3)·0.729 = 0.144 + 0.486 = 0.63
    expect(rankBiasedOverlap(letters('ABC'), letters('BAD')).value).toBeCloseTo(0.63, 12);
  });

  it('extrapolates lists of different lengths (eq. 32) symmetrically', () => {
    // L = [A, B, C, D] (l = 4), S = [A, C] (s = 2); X_1 = 1, X_2 = 1, X_3 = 2, X_4 = 2, X_s = 1
    // Σ_{d=1..4} (X_d/d)·p^d = 0.9 + 0.405 + 0.486 + 0.32805 = 2.11905
    // Σ_{d=3..4} X_s·(d−s)/(s·d)·p^d = (1/6)·0.729 + (2/8)·0.6561 = 0.1215 + 0.164025 = 0.285525
    // (0.1/0.9)·(2.11905 + 0.285525) = 0.267175
    // + ((X_l − X_s)/l + X_s/s)·p^l = (1/4 + 1/2)·0.6561 = 0.492075  → RBO_ext = 0.75925
    expect(rankBiasedOverlap(letters('ABCD'), letters('AC')).value).toBeCloseTo(0.75925, 12);
    expect(rankBiasedOverlap(letters('AC'), letters('ABCD')).value).toBeCloseTo(0.75925, 12);
  });

  it('weights the top more heavily when p is smaller', () => {
    // A swap at the top costs more than a swap at the bottom, and more so for p = 0.5.
    const topSwap = (p: number) => rankBiasedOverlap(letters('abcdef'), letters('bacdef'), { p });
    const bottomSwap = (p: number) =>
      rankBiasedOverlap(letters('abcdef'), letters('abcdfe'), { p });
    expect(topSwap(0.9).value).toBeLessThan(bottomSwap(0.9).value);
    expect(topSwap(0.5).value).toBeLessThan(topSwap(0.9).value);
    expect(topSwap(0.5).label).toBe('RBO_ext (p=0.5)');
  });

  it('treats two empty lists as identical and one empty list as disjoint', () => {
    expect(rankBiasedOverlap([], []).value).toBe(1);
    expect(rankBiasedOverlap(['a'], []).value).toBe(0);
  });

  it('ignores repeated documents after their first position', () => {
    expect(rankBiasedOverlap(letters('ABBC'), letters('BAD')).value).toBeCloseTo(0.63, 12);
  });

  it('rejects p outside (0, 1)', () => {
    expect(() => rankBiasedOverlap(['a'], ['a'], { p: 1 })).toThrow(RangeError);
    expect(() => rankBiasedOverlap(['a'], ['a'], { p: 0 })).toThrow(RangeError);
  });
});
