import { describe, expect, it } from 'vitest';
import { precisionAtK } from '../precision.ts';
import { judgments, RANKED_GRADES, RANKING } from './helpers.ts';

// Ranked grades [1, 0, 2, 3, 0].
const graded = judgments(RANKED_GRADES);

describe('precisionAtK', () => {
  it('counts relevant documents in the top k', () => {
    // top 4 [1, 0, 2, 3]: 3 at grade >= 1 → 3/4; 2 at grade >= 2 → 2/4
    expect(precisionAtK(graded, RANKING, { k: 4 })).toEqual({
      label: 'P@4 (grade >= 1)',
      value: 0.75,
    });
    expect(precisionAtK(graded, RANKING, { k: 4, threshold: 2 }).value).toBe(0.5);
  });

  it('divides by k even when fewer documents were returned', () => {
    // 5 returned, k = 10: a, c, d relevant → 3/10
    expect(precisionAtK(graded, RANKING, { k: 10 }).value).toBe(0.3);
  });

  it('is undefined when no judged document reaches the threshold', () => {
    expect(precisionAtK(judgments({ a: 0 }), ['a'], { k: 1 }).value).toBeNull();
  });
});
