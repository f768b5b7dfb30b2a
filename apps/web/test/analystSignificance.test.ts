import { describe, expect, it } from 'vitest';
import {
  differenceText,
  pValueText,
  verdictText,
  type RunSignificance,
} from '../src/lib/analyst/significance';

const base: RunSignificance = {
  baseline: 'lexical',
  other: 'colbert K=200',
  metric: 'nDCG@10 (exp gain)',
  queries: 8,
  won: 6,
  lost: 1,
  tied: 1,
  meanDifference: 0.0421,
  randomisation: { pValue: 0.015625, method: 'exact', rounds: 256 },
  interval: { mean: 0.0421, low: 0.012, high: 0.0734, confidence: 0.95 },
  significant: true,
  significantlyWorse: false,
  alpha: 0.05,
};

describe('significance in words', () => {
  it('gives the change with its interval and the p-value with how it was found', () => {
    expect(differenceText(base)).toBe('+0.042 (95% interval +0.012 to +0.073)');
    expect(pValueText(base)).toBe('p = 0.016, exact over all 256 sign flips');
    expect(
      pValueText({ ...base, randomisation: { pValue: 0.12, method: 'sampled', rounds: 10000 } }),
    ).toBe('p = 0.120, from 10,000 random sign flips');
  });

  it('says better, worse or possibly noise', () => {
    expect(verdictText(base)).toBe('Significantly better than lexical (p < 0.05).');
    expect(verdictText({ ...base, meanDifference: -0.04, significantlyWorse: true })).toBe(
      'Significantly worse than lexical (p < 0.05).',
    );
    expect(verdictText({ ...base, significant: false })).toMatch(/^Not significant at 0.05/);
    expect(verdictText({ ...base, queries: 0, significant: false })).toMatch(/nothing to test/);
  });
});
