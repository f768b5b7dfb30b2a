import { describe, expect, it } from 'vitest';
import { jaccardAtK, overlapAtK } from '../setOverlap.ts';

const letters = (text: string) => text.split('');

describe('overlapAtK', () => {
  it('counts shared documents in both top k, ignoring order', () => {
    // top 4: {a,b,c,d} vs {d,c,x,a} → shared a, c, d = 3 → 3/4
    expect(overlapAtK(letters('abcdef'), letters('dcxabf'), 4)).toEqual({
      label: 'overlap@4',
      shared: 3,
      value: 0.75,
    });
  });

  it('divides by the longer list when both are shorter than k', () => {
    expect(overlapAtK(letters('abc'), letters('cba'), 10).value).toBe(1);
    // {a,b,c} vs {a}: 1 shared / 3
    expect(overlapAtK(letters('abc'), letters('a'), 10).value).toBeCloseTo(1 / 3, 12);
  });

  it('is 1 for two empty lists', () => {
    expect(overlapAtK([], [], 5).value).toBe(1);
  });
});

describe('jaccardAtK', () => {
  it('divides shared documents by the union of both top k', () => {
    // top 4: {a,b,c,d} ∪ {d,c,x,a} = 5 documents, 3 shared → 3/5
    expect(jaccardAtK(letters('abcdef'), letters('dcxabf'), 4)).toEqual({
      label: 'Jaccard@4',
      shared: 3,
      value: 0.6,
    });
  });

  it('is 0 for disjoint lists and 1 for two empty ones', () => {
    expect(jaccardAtK(letters('ab'), letters('cd'), 2).value).toBe(0);
    expect(jaccardAtK([], [], 2).value).toBe(1);
  });
});
