import { describe, expect, it } from 'vitest';
import { hitTieNote, matchText, rankingTieNote } from '../src/lib/analyst/scoreReading';

const hit = (maxSimMean: number | null, maxSimTies: number) => ({
  scores: {
    lexical: 1,
    maxSim: maxSimMean === null ? null : maxSimMean * 500,
    maxSimMean,
    final: 1,
  },
  maxSimTies,
});

describe('reading reranking scores', () => {
  it('leads with the 0–1 match, and has none for hits that were not reranked', () => {
    expect(matchText(hit(0.8734, 0))).toBe('match 0.873');
    expect(matchText(hit(null, 0))).toBeNull();
  });

  it('says when a hit shares its MaxSim with others', () => {
    expect(hitTieNote(hit(0.9, 0))).toBeNull();
    expect(hitTieNote(hit(0.9, 1))).toMatch(/^Same MaxSim as 1 other hit: the reranker could not/);
    expect(hitTieNote(hit(0.9, 9))).toMatch(/^Same MaxSim as 9 other hits/);
  });

  it('counts the top hits the reranker could not separate', () => {
    const tenTied = Array.from({ length: 12 }, () => hit(0.88, 11));
    expect(rankingTieNote(tenTied)).toMatch(/^10 of the top 10 hits share their MaxSim/);
    expect(rankingTieNote([hit(0.9, 0), hit(0.8, 1), hit(0.8, 1)])).toMatch(/^2 of the top 3/);
    expect(rankingTieNote([hit(0.9, 0), hit(0.8, 0)])).toBeNull();
  });
});
