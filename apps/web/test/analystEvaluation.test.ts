import { describe, expect, it } from 'vitest';
import { deltaBarRows, metricBarRows, runHistory } from '../src/lib/analyst/chartData';
import { formatDelta, formatMetric, formatMs } from '../src/lib/analyst/format';
import { perQueryRows, sortPerQueryRows, tallyDeltas } from '../src/lib/analyst/perQuery';

const run = {
  results: [
    {
      label: 'lexical',
      metricLabels: ['nDCG@10 (exp gain)', 'MRR@10 (grade >= 1)'],
      means: [
        { label: 'nDCG@10 (exp gain)', mean: 0.5, queryCount: 2 },
        { label: 'MRR@10 (grade >= 1)', mean: 0.75, queryCount: 2 },
      ],
      perQuery: [],
      latency: { p50: 10, p95: 20 },
    },
    {
      label: 'hybrid (w=0.7) K=200',
      metricLabels: ['nDCG@10 (exp gain)', 'MRR@10 (grade >= 1)'],
      means: [
        { label: 'nDCG@10 (exp gain)', mean: 0.6, queryCount: 2 },
        { label: 'MRR@10 (grade >= 1)', mean: null, queryCount: 0 },
      ],
      perQuery: [],
      latency: { p50: 30, p95: 50 },
    },
  ],
  deltas: [
    { query: 'printer', baseline: 0.4, deltas: [0.2, -0.1] },
    { query: 'batteries', baseline: null, deltas: [null, null] },
    { query: 'mouse', baseline: 0.9, deltas: [-0.3, 0] },
    { query: 'camera', baseline: 0.1, deltas: [0.2, 0.05] },
  ],
};

describe('per-query breakdown', () => {
  const rows = perQueryRows(run);

  it('sorts by change, largest regression first, undefined last', () => {
    const sorted = sortPerQueryRows(rows, { key: 'delta0', direction: 'ascending' });
    expect(sorted.map((r) => r.query)).toEqual(['mouse', 'camera', 'printer', 'batteries']);
    const desc = sortPerQueryRows(rows, { key: 'delta0', direction: 'descending' });
    expect(desc.map((r) => r.query)).toEqual(['camera', 'printer', 'mouse', 'batteries']);
  });

  it('sorts by query and by the first configuration’s nDCG', () => {
    expect(
      sortPerQueryRows(rows, { key: 'query', direction: 'ascending' }).map((r) => r.query),
    ).toEqual(['batteries', 'camera', 'mouse', 'printer']);
    expect(
      sortPerQueryRows(rows, { key: 'baseline', direction: 'descending' }).map((r) => r.query),
    ).toEqual(['mouse', 'printer', 'camera', 'batteries']);
  });

  it('counts improved, regressed and unchanged queries per configuration', () => {
    expect(tallyDeltas(rows, 0)).toEqual({ improved: 2, regressed: 1, unchanged: 0, undefined: 1 });
    expect(tallyDeltas(rows, 1)).toEqual({ improved: 1, regressed: 1, unchanged: 1, undefined: 1 });
  });
});

describe('chart rows', () => {
  it('groups each metric’s means by configuration under index keys', () => {
    expect(metricBarRows(run)).toEqual([
      { metric: 'nDCG@10 (exp gain)', c0: 0.5, c1: 0.6 },
      { metric: 'MRR@10 (grade >= 1)', c0: 0.75, c1: null },
    ]);
  });

  it('orders per-query deltas from the largest gain, leaving out undefined ones', () => {
    expect(deltaBarRows(perQueryRows(run), 0)).toEqual([
      { query: 'camera', delta: 0.2 },
      { query: 'printer', delta: 0.2 },
      { query: 'mouse', delta: -0.3 },
    ]);
  });
});

describe('run history', () => {
  const run = (name: string, day: number, summary: [string, number | null][]) => ({
    id: day,
    name,
    judgmentSet: 'set',
    createdAt: new Date(Date.UTC(2025, 0, day)),
    summary: summary.map(([label, ndcg10]) => ({ label, ndcg10 })),
  });

  it('lines up runs oldest first, one series per configuration label, the most run first', () => {
    const history = runHistory([
      run('third', 3, [
        ['lexical', 0.5],
        ['hybrid', 0.7],
      ]),
      run('first', 1, [['lexical', 0.4]]),
      run('second', 2, [
        ['hybrid', 0.6],
        ['lexical', null],
        ['colbert', 0.65],
      ]),
    ]);
    expect(history.series).toEqual([
      { key: 's0', label: 'lexical' },
      { key: 's1', label: 'hybrid' },
      { key: 's2', label: 'colbert' },
    ]);
    expect(history.rows).toEqual([
      { run: 'first', s0: 0.4, s1: null, s2: null },
      { run: 'second', s0: null, s1: 0.6, s2: 0.65 },
      { run: 'third', s0: 0.5, s1: 0.7, s2: null },
    ]);
    expect(
      runHistory(
        [
          run('only', 1, [
            ['a', 1],
            ['b', 1],
          ]),
        ],
        1,
      ).series,
    ).toEqual([{ key: 's0', label: 'a' }]);
  });
});

describe('number formats', () => {
  it('shows metrics, signed deltas and latencies', () => {
    expect(formatMetric(0.81234)).toBe('0.812');
    expect(formatMetric(null)).toBe('—');
    expect(formatDelta(0.12)).toBe('+0.120');
    expect(formatDelta(-0.05)).toBe('−0.050');
    expect(formatDelta(0.0001)).toBe('±0.000');
    expect(formatMs(12.4)).toBe('12 ms');
    expect(formatMs(0.17)).toBe('0.2 ms');
    expect(formatMs(4.26)).toBe('4.3 ms');
    expect(formatMs(1530)).toBe('1.5 s');
  });
});
