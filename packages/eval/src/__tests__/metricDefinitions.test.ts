import { describe, expect, it } from 'vitest';
import { compareRankings } from '../compareRankings.ts';
import { kendallTau } from '../kendallTau.ts';
import { describeMetric, METRIC_DEFINITIONS, metricDefinition } from '../metricDefinitions.ts';
import { DEFAULT_METRICS, metricLabel } from '../metricSpec.ts';
import { rankBiasedOverlap } from '../rankBiasedOverlap.ts';
import { jaccardAtK, overlapAtK } from '../setOverlap.ts';

describe('metricDefinition', () => {
  it('finds the definition behind every label the metrics produce', () => {
    const kinds = DEFAULT_METRICS.map((spec) => metricDefinition(metricLabel(spec))?.kind);
    expect(kinds).toEqual(['ndcg', 'mrr', 'recall', 'precision', 'err']);
    const a = ['x', 'y', 'z'];
    const b = ['y', 'x', 'w'];
    expect(metricDefinition(overlapAtK(a, b, 10).label)?.kind).toBe('overlap');
    expect(metricDefinition(jaccardAtK(a, b, 10).label)?.kind).toBe('jaccard');
    expect(metricDefinition(rankBiasedOverlap(a, b).label)?.kind).toBe('rbo');
    expect(metricDefinition(compareRankings(a, b).rbo.label)?.kind).toBe('rbo');
    expect(metricDefinition(kendallTau(a, b).label)?.kind).toBe('kendall');
    expect(metricDefinition('Kendall τ')?.kind).toBe('kendall');
  });

  it('gives every metric a range and a direction, and says nothing for unknown labels', () => {
    for (const d of Object.values(METRIC_DEFINITIONS)) {
      expect(d.range).toMatch(/to 1/);
      expect(d.measures.length).toBeGreaterThan(20);
    }
    expect(metricDefinition('latency p50')).toBeNull();
    expect(describeMetric('bogus')).toBeNull();
  });

  it('reads as one sentence naming the label, range and which way is better', () => {
    expect(describeMetric('nDCG@10 (exp gain)')).toBe(
      'nDCG@10 (exp gain): graded relevance of the top k, discounted by position (log2), divided by the best possible ordering of the judged products. Range 0 to 1 (1 = ideal order); higher is better.',
    );
    expect(describeMetric('RBO_ext (p=0.9)')).toMatch(/higher means more alike\.$/);
  });
});
