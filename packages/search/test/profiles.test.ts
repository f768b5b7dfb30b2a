import { describe, expect, it } from 'vitest';
import { rankByProfile, type ScoredCandidate } from '../src/profiles.ts';

// First-stage order a, b, c, d; MaxSim prefers c, then a, then b; d has no stored vectors.
const candidates: ScoredCandidate[] = [
  { productId: 'a', lexicalScore: 10, maxSimScore: 20 },
  { productId: 'b', lexicalScore: 9, maxSimScore: 10 },
  { productId: 'c', lexicalScore: 1, maxSimScore: 30 },
  { productId: 'd', lexicalScore: 0.5, maxSimScore: null },
];
const order = (profile: Parameters<typeof rankByProfile>[1]) =>
  rankByProfile(candidates, profile).map((c) => c.productId);

describe('rankByProfile', () => {
  it('lexical keeps the first stage’s order and records each rank', () => {
    const ranked = rankByProfile(candidates, { name: 'lexical' });
    expect(ranked.map((c) => [c.productId, c.firstStageRank])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('colbert sorts by MaxSim and puts unscored candidates last', () => {
    expect(order({ name: 'colbert' })).toEqual(['c', 'a', 'b', 'd']);
  });

  it('hybrid moves from one order to the other with its weight', () => {
    expect(order({ name: 'hybrid', fusion: 'weighted', weight: 0 })).toEqual(['a', 'b', 'c', 'd']);
    expect(order({ name: 'hybrid', fusion: 'weighted', weight: 1 })).toEqual(['c', 'a', 'b', 'd']);
    // 0.5: a = 0.5·0.5 + 0.5·1 = 0.75, c = 0.5·1 + 0.5·0.053 ≈ 0.53, b = 0 + 0.5·0.895 ≈ 0.45.
    const mixed = rankByProfile(candidates, { name: 'hybrid', fusion: 'weighted', weight: 0.5 });
    expect(mixed.map((c) => c.productId)).toEqual(['a', 'c', 'b', 'd']);
    expect(mixed[0]!.finalScore).toBeCloseTo(0.75, 6);
  });

  it('reciprocal rank fusion adds 1/(k + rank) from both orders', () => {
    const ranked = rankByProfile(candidates, { name: 'hybrid', fusion: 'rrf', k: 60 });
    expect(ranked.map((c) => c.productId)).toEqual(['a', 'c', 'b', 'd']);
    expect(ranked.find((c) => c.productId === 'd')!.finalScore).toBeCloseTo(1 / 64, 9);
  });

  it('keeps the first stage’s order among ties', () => {
    const tied = candidates.map((c) => ({ ...c, maxSimScore: 5 }));
    expect(rankByProfile(tied, { name: 'colbert' }).map((c) => c.productId)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});
