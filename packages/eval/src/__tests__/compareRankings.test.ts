import { describe, expect, it } from 'vitest';
import { compareRankings } from '../compareRankings.ts';

describe('compareRankings', () => {
  it('applies k to the set measures only and p to RBO', () => {
    const before = ['A', 'B', 'C'];
    const after = ['B', 'A', 'D'];
    const comparison = compareRankings(before, after, { k: 1 });
    // top 1: {A} vs {B}
    expect(comparison.overlap).toMatchObject({ label: 'overlap@1', value: 0 });
    expect(comparison.jaccard).toMatchObject({ label: 'Jaccard@1', value: 0 });
    // full lists: RBO 0.63 (see rankBiasedOverlap.test.ts); shared A, B swapped → tau −1
    expect(comparison.rbo.value).toBeCloseTo(0.63, 12);
    expect(comparison.kendallTau.value).toBe(-1);
    expect(comparison.movements.map((m) => m.movement)).toEqual(['up', 'down', 'new', 'dropped']);
  });

  it('defaults to k = 10 and p = 0.9', () => {
    const comparison = compareRankings(['a'], ['a']);
    expect(comparison.overlap.label).toBe('overlap@10');
    expect(comparison.rbo.label).toBe('RBO_ext (p=0.9)');
  });
});
