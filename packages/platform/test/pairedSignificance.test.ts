import { describe, expect, it } from 'vitest';
import { runSignificance } from '../src/evaluation/pairedSignificance.ts';
import type { StoredConfigurationResult } from '../src/evaluation/storedRun.ts';

const configuration = (label: string, ndcg: (number | null)[]): StoredConfigurationResult => ({
  label,
  metricLabels: ['nDCG@10 (exp gain)', 'MRR@10 (grade >= 1)'],
  means: [],
  perQuery: ndcg.map((value, i) => ({ query: `q${i}`, values: [value, 0.5] })),
  latency: { p50: 1, p95: 2 },
});

describe('runSignificance', () => {
  it('tests every configuration against the first on nDCG@10, over queries both have', () => {
    const baseline = configuration('lexical', [0.5, 0.6, 0.4, 0.7, null, 0.3, 0.5, 0.8, 0.2]);
    const worse = configuration('colbert', [0.3, 0.5, 0.1, 0.6, 0.9, 0.2, 0.5, 0.5, 0.1]);
    const [result] = runSignificance([baseline, worse]);
    expect(result).toMatchObject({
      baseline: 'lexical',
      other: 'colbert',
      metric: 'nDCG@10 (exp gain)',
      queries: 8,
      won: 0,
      lost: 7,
      tied: 1,
      significantlyWorse: true,
    });
    // Seven losses and one zero: only all-minus and all-plus on the seven are as extreme, either
    // way for the zero, so 4 of the 2^8 sign flips.
    expect(result!.randomisation).toEqual({ pValue: 4 / 256, method: 'exact', rounds: 256 });
    expect(result!.meanDifference).toBeCloseTo(-1.2 / 8, 12);
    expect(runSignificance([baseline])).toEqual([]);
  });
});
