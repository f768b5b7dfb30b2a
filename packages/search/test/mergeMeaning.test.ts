import { describe, expect, it } from 'vitest';
import { meaningMatches, type MeaningCandidate } from '../src/meaning/meaningLookup.ts';
import { MergedCandidatesCache, mergeMeaning } from '../src/meaning/mergeMeaning.ts';
import { rankByProfile } from '../src/profiles.ts';
import type { QueryWordNeighbours } from '../src/reranker.ts';

const laptopWords: QueryWordNeighbours[] = [
  {
    id: 10,
    text: 'laptop',
    weight: 1,
    neighbours: [
      { id: 21, text: 'computers', cosine: 0.58 },
      { id: 22, text: 'notebook', cosine: 0.56 },
    ],
  },
  { id: 11, text: 'bag', weight: 1, neighbours: [] },
];
const byMeaning = (productId: string): MeaningCandidate => ({
  productId,
  matches: [{ queryWord: 'laptop', productWord: 'notebook', similarity: 0.56 }],
});

describe('meaningMatches', () => {
  it('names, per query word, the nearest neighbour the product holds', () => {
    expect(meaningMatches(laptopWords, [5, 22, 21])).toEqual([
      { queryWord: 'laptop', productWord: 'computers', similarity: 0.58 },
    ]);
    expect(meaningMatches(laptopWords, [22])).toEqual([
      { queryWord: 'laptop', productWord: 'notebook', similarity: 0.56 },
    ]);
    expect(meaningMatches(laptopWords, [11])).toEqual([]);
  });
});

describe('mergeMeaning', () => {
  const head = [
    { productId: 'a', score: 2.5 },
    { productId: 'b', score: 1.25 },
  ];

  it('appends the products the first stage did not find, at its weakest word match’s score', () => {
    const merged = mergeMeaning(head, [byMeaning('n1'), byMeaning('b'), byMeaning('n2')]);
    expect(merged.candidates).toEqual([
      { productId: 'a', score: 2.5 },
      { productId: 'b', score: 1.25 },
      { productId: 'n1', score: 1.25 },
      { productId: 'n2', score: 1.25 },
    ]);
    expect([...merged.byMeaning.keys()]).toEqual(['n1', 'n2']);
  });

  it('keeps null scores null, and gives 0 when no word matched at all', () => {
    const unscored = [{ productId: 'a', score: null }];
    expect(mergeMeaning(unscored, [byMeaning('n')]).candidates[1]).toEqual({
      productId: 'n',
      score: null,
    });
    expect(mergeMeaning([], [byMeaning('n')]).candidates).toEqual([{ productId: 'n', score: 0 }]);
  });

  it('hands back the first stage’s own array when nothing new came', () => {
    expect(mergeMeaning(head, [byMeaning('a')]).candidates).toBe(head);
  });

  it('ranks a meaning candidate by MaxSim in the hybrid, tied on words with the weakest match', () => {
    // Lexical normalised: a 1, b 0, n 0. MaxSim normalised (lowest 0.5, highest 0.9): a 1, b 0,
    // n 0.75. Fused at w = 0.5: a 1, n 0.375, b 0.
    const merged = mergeMeaning(head, [byMeaning('n')]);
    const maxSim = [0.9, 0.5, 0.8];
    const ranked = rankByProfile(
      merged.candidates.map((c, i) => ({
        productId: c.productId,
        lexicalScore: c.score,
        maxSimScore: maxSim[i]!,
        titleWords: null,
      })),
      { name: 'hybrid', fusion: 'weighted', weight: 0.5 },
    );
    expect(ranked.map((c) => [c.productId, c.finalScore])).toEqual([
      ['a', 1],
      ['n', expect.closeTo(0.375, 9)],
      ['b', 0],
    ]);
  });
});

describe('MergedCandidatesCache', () => {
  it('hands out the same merged array for the same head and meaning candidates', () => {
    const cache = new MergedCandidatesCache();
    const head = [{ productId: 'a', score: 1 }];
    const first = cache.merge(head, [byMeaning('n')]);
    expect(cache.merge(head, [byMeaning('n')]).candidates).toBe(first.candidates);
    expect(cache.merge(head, [byMeaning('m')]).candidates).not.toBe(first.candidates);
    expect(cache.merge([...head], [byMeaning('n')]).candidates).not.toBe(first.candidates);
  });
});
