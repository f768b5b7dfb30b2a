import { describe, expect, it } from 'vitest';
import { rankByProfile, type ScoredCandidate } from '../src/profiles.ts';

// First-stage order a, b, c, d; MaxSim prefers c, then a, then b; d has no stored vectors.
const candidates: ScoredCandidate[] = [
  { productId: 'a', lexicalScore: 10, maxSimScore: 20, titleWords: 12 },
  { productId: 'b', lexicalScore: 9, maxSimScore: 10, titleWords: 3 },
  { productId: 'c', lexicalScore: 1, maxSimScore: 30, titleWords: 5 },
  { productId: 'd', lexicalScore: 0.5, maxSimScore: null, titleWords: null },
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

  it('hybrid takes a title-length prior off the fused score, breaking saturated MaxSim ties', () => {
    // Every candidate matches the query verbatim: MaxSim is the same, so lexical decides…
    const saturated = candidates.map((c) => ({ ...c, maxSimScore: 7 }));
    const fused = (titleLengthPrior: number) =>
      rankByProfile(saturated, {
        name: 'hybrid',
        fusion: 'weighted',
        weight: 0.7,
        titleLengthPrior,
      });
    expect(fused(0).map((c) => c.productId)).toEqual(['a', 'b', 'c', 'd']);
    // …until short titles win: a (12 words) loses 0.1·ln 13 ≈ 0.256, b (3 words) 0.1·ln 4 ≈ 0.139.
    const ranked = fused(0.1);
    expect(ranked.map((c) => c.productId)).toEqual(['b', 'a', 'c', 'd']);
    expect(ranked[0]!.finalScore).toBeCloseTo(0.7 + 0.3 * (8.5 / 9.5) - 0.1 * Math.log(4), 6);
    // d's title length is unknown: it pays the mean of the others' penalties.
    const meanPenalty = (0.1 * (Math.log(13) + Math.log(4) + Math.log(6))) / 3;
    expect(ranked.find((c) => c.productId === 'd')!.finalScore).toBeCloseTo(0.7 - meanPenalty, 6);
    // A small prior leaves clear MaxSim wins alone.
    expect(
      order({ name: 'hybrid', fusion: 'weighted', weight: 1, titleLengthPrior: 0.01 }),
    ).toEqual(['c', 'a', 'b', 'd']);
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

  it('with a limit gives the first places of the full order', () => {
    // 60 candidates with many tied scores and some unscored, in every profile.
    const many: ScoredCandidate[] = Array.from({ length: 60 }, (_, i) => ({
      productId: `p${i}`,
      lexicalScore: (i * 7) % 5,
      maxSimScore: i % 9 === 4 ? null : (i * 13) % 11,
      titleWords: (i % 6) + 1,
    }));
    const profiles: Parameters<typeof rankByProfile>[1][] = [
      { name: 'lexical' },
      { name: 'colbert' },
      { name: 'hybrid', fusion: 'weighted', weight: 0.7, titleLengthPrior: 0.01 },
      { name: 'hybrid', fusion: 'rrf', k: 60 },
    ];
    for (const profile of profiles) {
      const full = rankByProfile(many, profile);
      for (const limit of [0, 1, 24, 59, 60, 80]) {
        expect(rankByProfile(many, profile, limit)).toEqual(full.slice(0, limit));
      }
    }
  });

  it('weighted fusion ranks candidates of the sought product type first, in fused order', () => {
    const hybrid = {
      name: 'hybrid',
      fusion: 'weighted',
      weight: 0.7,
      titleLengthPrior: 0.01,
    } as const;
    const sought = candidates.map((c) => ({
      ...c,
      soughtType: c.productId === 'b' || c.productId === 'd',
    }));
    const plain = order(hybrid);
    const boosted = rankByProfile(sought, hybrid).map((c) => c.productId);
    // b and d first (b fuses above d), then the others as before; MaxSim order is untouched.
    expect(boosted).toEqual(['b', 'd', ...plain.filter((id) => id !== 'b' && id !== 'd')]);
    expect(rankByProfile(sought, { name: 'colbert' }).map((c) => c.productId)).toEqual(
      order({ name: 'colbert' }),
    );
  });
});
