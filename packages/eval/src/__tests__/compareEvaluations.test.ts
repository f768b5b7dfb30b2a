import { describe, expect, it } from 'vitest';
import { compareEvaluations } from '../compareEvaluations.ts';
import { evaluateRun } from '../evaluateRun.ts';
import type { MetricSpec } from '../metricSpec.ts';
import { qrelsOf, runOf } from './helpers.ts';

const qrels = qrelsOf({
  q1: { a: 3, b: 0 },
  q2: { c: 3, d: 0 },
  q3: { e: 3 },
  q4: { f: 0 }, // nothing relevant: undefined on both sides
});
const metrics: MetricSpec[] = [{ metric: 'mrr', k: 2 }];
// MRR@2 baseline: q1 1/2, q2 1, q3 1; candidate: q1 1, q2 1/2, q3 1
const baseline = evaluateRun(qrels, runOf({ q1: ['b', 'a'], q2: ['c'], q3: ['e'] }), { metrics });
const candidate = evaluateRun(qrels, runOf({ q1: ['a', 'b'], q2: ['d', 'c'], q3: ['e'] }), {
  metrics,
});

describe('compareEvaluations', () => {
  it('reports per-query deltas, largest regression first', () => {
    const [mrr] = compareEvaluations(baseline, candidate);
    expect(mrr?.queries).toEqual([
      { query: 'q2', baseline: 1, candidate: 0.5, delta: -0.5, change: 'regressed' },
      { query: 'q3', baseline: 1, candidate: 1, delta: 0, change: 'unchanged' },
      { query: 'q1', baseline: 0.5, candidate: 1, delta: 0.5, change: 'improved' },
      { query: 'q4', baseline: null, candidate: null, delta: null, change: 'not-comparable' },
    ]);
  });

  it('counts changes and averages the paired deltas over comparable queries', () => {
    const [mrr] = compareEvaluations(baseline, candidate);
    // (−0.5 + 0 + 0.5) / 3 = 0
    expect(mrr).toMatchObject({
      label: 'MRR@2 (grade >= 1)',
      meanDelta: 0,
      improved: 1,
      regressed: 1,
      unchanged: 1,
      notComparable: 1,
    });
  });

  it('treats deltas within the tolerance as unchanged', () => {
    const [mrr] = compareEvaluations(baseline, candidate, { tolerance: 0.5 });
    expect(mrr).toMatchObject({ improved: 0, regressed: 0, unchanged: 3 });
  });

  it('marks a query present in only one evaluation as not comparable', () => {
    const fewer = evaluateRun(qrelsOf({ q1: { a: 3, b: 0 } }), runOf({ q1: ['a'] }), { metrics });
    const [mrr] = compareEvaluations(fewer, candidate);
    expect(mrr?.queries.find((d) => d.query === 'q2')).toMatchObject({
      baseline: null,
      candidate: 0.5,
      change: 'not-comparable',
    });
  });

  it('refuses to compare evaluations made with different metrics', () => {
    const linear = evaluateRun(qrels, new Map(), {
      metrics: [{ metric: 'ndcg', k: 2, gain: 'linear' }],
    });
    const exp = evaluateRun(qrels, new Map(), { metrics: [{ metric: 'ndcg', k: 2 }] });
    expect(() => compareEvaluations(exp, linear)).toThrow(/different metrics/);
  });
});
