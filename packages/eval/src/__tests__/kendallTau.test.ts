import { describe, expect, it } from 'vitest';
import { kendallTau } from '../kendallTau.ts';

const letters = (text: string) => text.split('');

describe('kendallTau', () => {
  it('matches a hand computation on the shared documents', () => {
    // a = [A, B, C, D, E], b = [C, A, B, X, E]; shared: A, B, C, E (D and X are not)
    // b-positions in a's order: A→1, B→2, C→0, E→4 → [1, 2, 0, 4]
    // pairs: (1,2)+ (1,0)− (1,4)+ (2,0)− (2,4)+ (0,4)+ → 4 concordant, 2 discordant
    // tau = (4 − 2) / (4·3/2) = 2/6 = 1/3
    const result = kendallTau(letters('ABCDE'), letters('CABXE'));
    expect(result).toMatchObject({
      label: 'Kendall tau-a (shared items)',
      sharedCount: 4,
      concordant: 4,
      discordant: 2,
    });
    expect(result.value).toBeCloseTo(1 / 3, 12);
  });

  it('is 1 for the same order and −1 for the reverse', () => {
    expect(kendallTau(letters('abcd'), letters('abcd')).value).toBe(1);
    expect(kendallTau(letters('abcd'), letters('dcba')).value).toBe(-1);
  });

  it('is undefined with fewer than two shared documents', () => {
    expect(kendallTau(letters('abc'), letters('xay'))).toEqual({
      label: 'Kendall tau-a (shared items)',
      value: null,
      sharedCount: 1,
      reason: 'fewer-than-two-shared-items',
    });
    expect(kendallTau([], []).value).toBeNull();
  });

  it('uses the first position of a repeated document', () => {
    // a reads as [A, B]; b = [A, B] → concordant
    expect(kendallTau(letters('ABA'), letters('AB')).value).toBe(1);
  });
});
