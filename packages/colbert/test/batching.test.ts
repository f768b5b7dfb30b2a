import { describe, expect, it } from 'vitest';
import { lengthBuckets } from '../src/encoding/lengthBuckets.ts';
import { normalizeRows } from '../src/encoding/normalizeRows.ts';
import { offsetsOf } from '../src/index.ts';
import { chooseWidth, segmentDocuments } from '../src/scoring/segments.ts';

describe('lengthBuckets', () => {
  it('groups by length, longest first, within the padded-token budget, skipping empty inputs', () => {
    const lengths = [3, 10, 0, 9, 2, 10, 4];
    const batches = lengthBuckets(lengths, 20);
    expect(batches).toEqual([[1, 5], [3, 6], [0, 4]]); // prettier-ignore
    batches.forEach((batch) => {
      expect(batch.length * Math.max(...batch.map((i) => lengths[i]!))).toBeLessThanOrEqual(20);
    });
    expect(batches.flat().sort()).toEqual([0, 1, 3, 4, 5, 6]);
  });

  it('gives an over-long sequence a batch of its own', () => {
    expect(lengthBuckets([50, 5], 20)).toEqual([[0], [1]]);
  });
});

describe('normalizeRows', () => {
  it('normalises in place, returns the norms, leaves zero rows at zero', () => {
    const X = Float32Array.of(3, 4, 0, 0);
    expect([...normalizeRows(X, 2)]).toEqual([5, 0]);
    expect([...X]).toEqual([0.6000000238418579, 0.800000011920929, 0, 0]);
  });
});

describe('segments', () => {
  it('picks the width with the fewest padded cells', () => {
    expect(chooseWidth(offsetsOf([64, 64, 64]))).toBe(64);
    expect(chooseWidth(offsetsOf([3, 5, 2]))).toBe(5); // the longest document, when short
    expect(chooseWidth(offsetsOf([1000, 10, 10]))).toBe(8); // 125 + 2 + 2 segments of 8
    expect(chooseWidth(offsetsOf([0, 0]))).toBe(128);
  });

  it('cuts long documents into segments and pads with the segment head', () => {
    const offsets = offsetsOf([3, 0, 20]);
    const { width, cells, first } = segmentDocuments(offsets, null);
    expect(width).toBe(8); // 1 + 0 + 3 segments of 8 = 32 cells; 20 wide would take 40
    expect([...first]).toEqual([0, 1, 1, 4]);
    expect([...cells]).toEqual(
      [
        [0, 1, 2, 0, 0, 0, 0, 0], // document 0
        [3, 4, 5, 6, 7, 8, 9, 10], // document 2
        [11, 12, 13, 14, 15, 16, 17, 18],
        [19, 20, 21, 22, 19, 19, 19, 19], // pads repeat the segment's first row
      ].flat(),
    );
  });

  it('reads similarity rows through rowOf (the distinct-id slots of the token-id path)', () => {
    const { cells } = segmentDocuments(offsetsOf([2]), Int32Array.of(7, 4));
    expect([...cells]).toEqual([7, 4]);
  });
});
