import { describe, expect, it } from 'vitest';
import { recallAtK } from '../recall.ts';
import { judgments, RANKED_GRADES, RANKING } from './helpers.ts';

// Ranked grades [1, 0, 2, 3, 0]; f (grade 2) is judged but was not retrieved.
const graded = judgments({ ...RANKED_GRADES, f: 2 });

describe('recallAtK', () => {
  it('divides relevant retrieved by all relevant judged, retrieved or not', () => {
    // grade >= 1: a, c, d, f → 4 relevant; top 3 holds a, c → 2/4
    expect(recallAtK(graded, RANKING, { k: 3 })).toEqual({
      label: 'Recall@3 (grade >= 1)',
      value: 0.5,
    });
  });

  it('applies the threshold to both numerator and denominator', () => {
    // grade >= 2: c, d, f → 3 relevant; top 5 holds c, d → 2/3
    expect(recallAtK(graded, RANKING, { k: 5, threshold: 2 }).value).toBeCloseTo(2 / 3, 12);
  });

  it('is undefined when no judged document reaches the threshold', () => {
    expect(recallAtK(judgments({ a: 1 }), ['a'], { k: 5, threshold: 2 }).value).toBeNull();
  });
});
