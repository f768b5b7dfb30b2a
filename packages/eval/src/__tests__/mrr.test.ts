import { describe, expect, it } from 'vitest';
import { mrrAtK } from '../mrr.ts';
import { judgments, RANKED_GRADES, RANKING } from './helpers.ts';

// Ranked grades [1, 0, 2, 3, 0].
const graded = judgments(RANKED_GRADES);

describe('mrrAtK', () => {
  it('takes the first document at or above the default threshold 1', () => {
    // a (grade 1) at rank 1 → 1/1
    expect(mrrAtK(graded, RANKING, { k: 5 })).toEqual({ label: 'MRR@5 (grade >= 1)', value: 1 });
  });

  it('states and applies a stricter threshold', () => {
    // threshold 2: a (1) and b (0) don't count, c (2) at rank 3 → 1/3
    const score = mrrAtK(graded, RANKING, { k: 5, threshold: 2 });
    expect(score.label).toBe('MRR@5 (grade >= 2)');
    expect(score.value).toBeCloseTo(1 / 3, 12);
  });

  it('scores 0 when the first relevant document is below the cutoff', () => {
    // threshold 3: d at rank 4 → 1/4 at k = 5, nothing within k = 3
    expect(mrrAtK(graded, RANKING, { k: 5, threshold: 3 }).value).toBe(0.25);
    expect(mrrAtK(graded, RANKING, { k: 3, threshold: 3 }).value).toBe(0);
  });

  it('is undefined when no judged document reaches the threshold', () => {
    expect(mrrAtK(judgments({ a: 1 }), ['a'], { k: 5, threshold: 2 })).toEqual({
      label: 'MRR@5 (grade >= 2)',
      value: null,
      reason: 'no-relevant-judgments',
    });
  });

  it('rejects threshold 0, which would make unjudged documents relevant', () => {
    expect(() => mrrAtK(graded, RANKING, { k: 5, threshold: 0 })).toThrow(RangeError);
  });
});
