import { describe, expect, it } from 'vitest';
import { type StoredConfigurationResult, toCsv } from '../src/evaluation/storedRun.ts';

const result: StoredConfigurationResult = {
  label: 'colbert K=200',
  metricLabels: ['nDCG@10 (exp gain)', 'MRR@10 (grade >= 1)'],
  means: [],
  perQuery: [
    { query: 'mouse, wireless', values: [0.5, 1] },
    { query: 'batteries', values: [null, null] },
  ],
  latency: { p50: 12, p95: 30 },
};

describe('toCsv', () => {
  it('starts with one comment line per metric saying what it measures, its range and direction', () => {
    const lines = toCsv([result]).split('\n');
    const comments = lines.filter((l) => l.startsWith('#'));
    expect(comments).toHaveLength(3);
    expect(comments[0]).toMatch(/^# nDCG@10 \(exp gain\): graded relevance .*higher is better\.$/);
    expect(comments[1]).toMatch(/^# MRR@10 \(grade >= 1\): 1 \/ rank of the first relevant/);
    expect(comments[2]).toMatch(/no relevant judgment/);
    expect(lines.slice(3)).toEqual([
      'configuration,query,nDCG@10 (exp gain),MRR@10 (grade >= 1)',
      'colbert K=200,"mouse, wireless",0.500000,1.000000',
      'colbert K=200,batteries,,',
      '',
    ]);
  });
});
