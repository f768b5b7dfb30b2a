import { describe, expect, it } from 'vitest';
import { jaccardAtK, overlapAtK } from '../setOverlap.ts';

const letters = (text: string) => text.split('');

// The same two rankings: top 4 {a,b,c,d} and {d,c,x,a} share a, c, d (in any order).
it.each([
  // 3 shared / 4
  ['overlapAtK', overlapAtK, { label: 'overlap@4', shared: 3, value: 0.75 }],
  // 3 shared / the union's 5 documents
  ['jaccardAtK', jaccardAtK, { label: 'Jaccard@4', shared: 3, value: 0.6 }],
])('%s counts the documents shared by both top k', (_name, metric, expected) => {
  expect(metric(letters('abcdef'), letters('dcxabf'), 4)).toEqual(expected);
});

describe('overlapAtK', () => {
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
  it('is 0 for disjoint lists and 1 for two empty ones', () => {
    expect(jaccardAtK(letters('ab'), letters('cd'), 2).value).toBe(0);
    expect(jaccardAtK([], [], 2).value).toBe(1);
  });
});
