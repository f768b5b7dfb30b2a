import { describe, expect, it } from 'vitest';
import { ndcgAtK } from '../ndcg.ts';
import { judgments } from './helpers.ts';

// The system retrieved d1..d4 with grades [3, 2, 0, 1]. The judges also graded d5 = 3 and d6 = 0,
// which the system never retrieved; the ideal ranking must still include d5.
const graded = judgments({ d1: 3, d2: 2, d3: 0, d4: 1, d5: 3, d6: 0 });
const ranking = ['d1', 'd2', 'd3', 'd4'];

describe('ndcgAtK', () => {
  it('uses exponential gain and an ideal built from all judged documents', () => {
    // Discounts log2(r + 1) for r = 1..4: 1, 1.585, 2, 2.3219.
    // DCG@4  = (2^3−1)/1 + (2^2−1)/1.585 + 0/2 + (2^1−1)/2.3219 = 7 + 1.8928 + 0 + 0.4307 = 9.3235
    // ideal grades [3, 3, 2, 1] (d5 included):
    // IDCG@4 = 7/1 + 7/1.585 + 3/2 + 1/2.3219 = 7 + 4.4165 + 1.5 + 0.4307 = 13.3472
    // nDCG@4 = 9.3235 / 13.3472 = 0.6985
    const score = ndcgAtK(graded, ranking, { k: 4 });
    expect(score.label).toBe('nDCG@4 (exp gain)');
    expect(score.value).toBeCloseTo(0.698534, 6);
    // An ideal from retrieved documents only ([3, 2, 1, 0]) would give 9.3235 / 9.3928 = 0.9926.
    expect(score.value).not.toBeCloseTo(0.99262, 3);
  });

  it('offers trec_eval linear gain under its own label', () => {
    // DCG@4  = 3/1 + 2/1.585 + 0/2 + 1/2.3219 = 3 + 1.2619 + 0 + 0.4307 = 4.6925
    // IDCG@4 = 3/1 + 3/1.585 + 2/2 + 1/2.3219 = 3 + 1.8928 + 1 + 0.4307 = 6.3235
    // nDCG@4 = 4.6925 / 6.3235 = 0.7421 (higher than exp gain: the missing grade-3 doc costs less)
    const score = ndcgAtK(graded, ranking, { k: 4, gain: 'linear' });
    expect(score.label).toBe('nDCG@4 (linear gain, trec_eval)');
    expect(score.value).toBeCloseTo(0.742083, 6);
  });

  it('cuts both the ranking and the ideal at k', () => {
    // DCG@2 = 7 + 3/1.585 = 8.8928; IDCG@2 = 7 + 7/1.585 = 11.4165; nDCG@2 = 0.7789
    expect(ndcgAtK(graded, ranking, { k: 2 }).value).toBeCloseTo(0.778941, 6);
  });

  it('scores the ideal ordering 1 and a ranking of only unjudged documents 0', () => {
    expect(ndcgAtK(graded, ['d1', 'd5', 'd2', 'd4'], { k: 4 }).value).toBeCloseTo(1, 12);
    expect(ndcgAtK(graded, ['x', 'y', 'z'], { k: 4 }).value).toBe(0);
  });

  it('counts a repeated document once, at its first position', () => {
    // ['d1', 'd1', 'd2'] is read as ['d1', 'd2']: DCG@2 = 7 + 3/1.585, same as above.
    expect(ndcgAtK(graded, ['d1', 'd1', 'd2'], { k: 2 }).value).toBeCloseTo(0.778941, 6);
  });

  it('is undefined, with a reason, when no judged document has a positive grade', () => {
    expect(ndcgAtK(judgments({ d1: 0, d2: 0 }), ['d1'], { k: 10 })).toEqual({
      label: 'nDCG@10 (exp gain)',
      value: null,
      reason: 'no-relevant-judgments',
    });
  });

  it('rejects a cutoff that is not a positive integer', () => {
    expect(() => ndcgAtK(graded, ranking, { k: 0 })).toThrow(RangeError);
    expect(() => ndcgAtK(graded, ranking, { k: 2.5 })).toThrow(RangeError);
  });

  it('scores the condensed list: unjudged documents removed before the cut', () => {
    // x and y are unjudged: the full list scores them as grade 0 at ranks 1 and 3; condensed, the
    // list is d1, d2, d3, d4 and scores as the first test: 0.6985.
    const withUnjudged = ['x', 'd1', 'y', 'd2', 'd3', 'd4'];
    const condensed = ndcgAtK(graded, withUnjudged, { k: 4, condensed: true });
    expect(condensed.label).toBe('nDCG@4 (exp gain, condensed)');
    expect(condensed.value).toBeCloseTo(0.698534, 6);
    // Full list at 4: x, d1, y, d2 → DCG = 7/1.585 + 3/2.3219 = 4.4165 + 1.2920 = 5.7085
    expect(ndcgAtK(graded, withUnjudged, { k: 4 }).value).toBeCloseTo(5.70853 / 13.3472, 4);
  });
});
