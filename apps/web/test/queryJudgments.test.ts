import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../src/lib/analyst/apiTypes';
import { judgedProducts } from '../src/lib/analyst/queryJudgments';

const ranking = (ids: string[]) => ({
  hits: ids.map((id) => ({ product: { id, title: `Title ${id}` } })),
});

describe('a query’s judgments beside the rankings', () => {
  it('lists every judged product, best grade first, with its place in each ranking', () => {
    const result = {
      rankings: [ranking(['a', 'b']), ranking(['b', 'c'])],
    } as unknown as CompareResult;
    expect(judgedProducts({ c: 1, z: 3, a: 3, b: 0 }, result)).toEqual([
      { id: 'a', title: 'Title a', grade: 3, positions: [1, null] },
      { id: 'z', title: null, grade: 3, positions: [null, null] },
      { id: 'c', title: 'Title c', grade: 1, positions: [null, 2] },
      { id: 'b', title: 'Title b', grade: 0, positions: [2, 1] },
    ]);
  });
});
