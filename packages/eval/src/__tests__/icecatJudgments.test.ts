import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateRun } from '../evaluateRun.ts';
import { parseQrelsCsv, parseQrelsCsvStream } from '../parseQrelsCsv.ts';
import { serializeQrelsCsv } from '../serializeQrelsCsv.ts';
import type { Qrels, Run } from '../types.ts';

const judgmentsFile = new URL('../../../../data/icecat/judgments-dev.csv', import.meta.url);

function gradeCounts(qrels: Qrels): Record<number, number> {
  const counts: Record<number, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
  for (const judgments of qrels.values()) {
    for (const grade of judgments.values()) counts[grade] = (counts[grade] ?? 0) + 1;
  }
  return counts;
}

describe('bundled Icecat judgments (data/icecat/judgments-dev.csv)', () => {
  const { qrels, report } = parseQrelsCsv(readFileSync(judgmentsFile));

  it('parses with zero skipped rows into 68 queries and 1,909 judgments', () => {
    expect(report).toMatchObject({ hasHeader: true, emptyFile: false, skipped: [] });
    expect(report.judgmentCount).toBe(1909);
    expect(qrels.size).toBe(68);
    expect(gradeCounts(qrels)).toEqual({ 0: 945, 1: 171, 2: 37, 3: 756 });
  });

  it('reports the 11 queries that have no relevant judgment', () => {
    expect(report.queriesWithoutRelevant).toHaveLength(11);
    expect(report.queriesWithoutRelevant).toContain('garmin');
  });

  it('parses the same from a file stream', async () => {
    const streamed = await parseQrelsCsvStream(
      createReadStream(judgmentsFile, { highWaterMark: 1024 }),
    );
    expect(streamed).toEqual({ qrels, report });
  });

  it('round-trips through the serializer', () => {
    expect(parseQrelsCsv(serializeQrelsCsv(qrels)).qrels).toEqual(qrels);
  });

  it('scores an oracle run (judged docs by grade) nDCG 1 on every query with relevant docs', () => {
    const oracle: Run = new Map(
      [...qrels].map(([query, judgments]) => [
        query,
        [...judgments].sort(([, a], [, b]) => b - a).map(([docId]) => docId),
      ]),
    );
    const [ndcg] = evaluateRun(qrels, oracle).means;
    expect(ndcg).toMatchObject({ label: 'nDCG@10 (exp gain)', queryCount: 57 });
    expect(ndcg?.mean).toBeCloseTo(1, 12);
  });
});
