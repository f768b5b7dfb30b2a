import { describe, expect, it } from 'vitest';
import { evaluateRun } from '../evaluateRun.ts';
import type { MetricSpec } from '../metricSpec.ts';
import { qrelsOf, runOf } from './helpers.ts';

const qrels = qrelsOf({
  q1: { a: 3, b: 1, c: 0 },
  q2: { a: 0, b: 0 }, // judged, nothing relevant
  q3: { d: 2 }, // the run has no ranking for it
});
const run = runOf({ q1: ['c', 'a', 'x'], q2: ['a'], q4: ['z'] }); // q4 is not judged

const metrics: MetricSpec[] = [
  { metric: 'ndcg', k: 3 },
  { metric: 'mrr', k: 3, threshold: 2 },
  { metric: 'mrr', k: 3, threshold: 3 },
];

describe('evaluateRun', () => {
  const evaluation = evaluateRun(qrels, run, { metrics });

  it('scores each judged query with every metric, in label order', () => {
    expect(evaluation.labels).toEqual([
      'nDCG@3 (exp gain)',
      'MRR@3 (grade >= 2)',
      'MRR@3 (grade >= 3)',
    ]);
    // q1 ranked grades [0, 3, 0] (x unjudged → 0):
    // DCG = 7/log2(3) = 4.4165; ideal [3, 1, 0]: 7 + 1/log2(3) = 7.6309; nDCG = 0.5788
    // MRR at grade >= 2 and >= 3: a at rank 2 → 0.5
    const q1 = evaluation.perQuery.get('q1')?.map((score) => score.value);
    expect(q1?.[0]).toBeCloseTo(0.578764, 6);
    expect(q1?.slice(1)).toEqual([0.5, 0.5]);
  });

  it('scores a judged query missing from the run as an empty ranking', () => {
    // q3 has a grade-2 document: nDCG and MRR(>= 2) are 0; nothing reaches grade 3 → undefined
    expect(evaluation.perQuery.get('q3')?.map((score) => score.value)).toEqual([0, 0, null]);
    expect(evaluation.missingFromRun).toEqual(['q3']);
  });

  it('excludes queries without relevant judgments from the means and says which', () => {
    expect(evaluation.noRelevantQueries).toEqual(['q2']);
    expect(evaluation.means).toEqual([
      {
        label: 'nDCG@3 (exp gain)',
        mean: expect.closeTo(0.578764 / 2, 6),
        queryCount: 2,
        excludedQueries: ['q2'],
      },
      { label: 'MRR@3 (grade >= 2)', mean: 0.25, queryCount: 2, excludedQueries: ['q2'] },
      { label: 'MRR@3 (grade >= 3)', mean: 0.5, queryCount: 1, excludedQueries: ['q2', 'q3'] },
    ]);
  });

  it('ignores, and lists, run queries that have no judgments', () => {
    expect(evaluation.unjudgedQueries).toEqual(['q4']);
    expect(evaluation.perQuery.has('q4')).toBe(false);
  });

  it('uses nDCG, MRR, Recall, P and ERR at 10 by default', () => {
    expect(evaluateRun(qrels, run).labels).toEqual([
      'nDCG@10 (exp gain)',
      'MRR@10 (grade >= 1)',
      'Recall@10 (grade >= 1)',
      'P@10 (grade >= 1)',
      'ERR@10 (gmax 3)',
    ]);
  });

  it('gives a null mean when a metric is defined for no query', () => {
    const mean = evaluateRun(qrelsOf({ q: { a: 0 } }), run).means[0];
    expect(mean).toMatchObject({ mean: null, queryCount: 0, excludedQueries: ['q'] });
  });

  it('rejects the same metric listed twice and invalid parameters, even with empty qrels', () => {
    const twice: MetricSpec[] = [
      { metric: 'ndcg', k: 5 },
      { metric: 'ndcg', k: 5, gain: 'exponential' },
    ];
    expect(() => evaluateRun(qrels, run, { metrics: twice })).toThrow(/listed twice/);
    expect(() => evaluateRun(new Map(), run, { metrics: [{ metric: 'recall', k: 0 }] })).toThrow(
      RangeError,
    );
  });
});
