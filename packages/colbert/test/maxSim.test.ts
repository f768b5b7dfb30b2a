import { afterAll, describe, expect, it } from 'vitest';
import { MaxSimScorer, maxSimReference, packFloat32, ShapeError } from '../src/index.ts';
import { seededRandom } from '@shopsearch/eval';
import { maxAbsDifference, randomDocs, randomQuery } from './helpers/vectors.ts';

const scorer = new MaxSimScorer({ threads: 2 });
afterAll(() => scorer.close());

/** Best document token per query token, by brute force (first index wins ties). */
function bruteForceBest(
  q: ReturnType<typeof randomQuery>,
  doc: ReturnType<typeof randomDocs>[number],
): number[] {
  return Array.from({ length: q.length }, (_, i) => {
    let best = -1;
    let bestDot = -Infinity;
    for (let j = 0; j < doc.length; j++) {
      let dot = 0;
      for (let k = 0; k < q.dim; k++) dot += q.Q[i * q.dim + k]! * doc.D[j * q.dim + k]!;
      if (dot > bestDot) [best, bestDot] = [j, dot];
    }
    return best;
  });
}

describe('maxSimReference', () => {
  it('sums, over query tokens, the best dot product with any document token', () => {
    // Q = [[1, 0], [0, 1]]; D = [[0.6, 0.8], [1, 0]] → max(0.6, 1) + max(0.8, 0) = 1.8
    const q = { Q: Float32Array.of(1, 0, 0, 1), length: 2, dim: 2, weights: null };
    const d = { D: Float32Array.of(0.6, 0.8, 1, 0), length: 2, dim: 2 };
    expect(maxSimReference(q, [d])[0]).toBeCloseTo(1.8, 6);
    expect(maxSimReference({ ...q, weights: Float32Array.of(2, 0.5) }, [d])[0]).toBeCloseTo(2.4, 6);
  });

  it('scores an empty document 0 and rejects shapes that do not add up', () => {
    const q = randomQuery(1, 3, 4);
    expect(maxSimReference(q, [{ D: new Float32Array(0), length: 0, dim: 4 }])[0]).toBe(0);
    expect(() => maxSimReference(q, [{ D: new Float32Array(5), length: 2, dim: 4 }])).toThrow(
      ShapeError,
    );
    expect(() => maxSimReference(q, [{ D: new Float32Array(5), length: 2, dim: 4 }])).toThrow(
      /\[Ld=2, dim=4\]/,
    );
  });
});

describe('MaxSimScorer (ONNX Runtime kernel) against the reference', () => {
  const cases: [string, number, number, number[]][] = [
    ['the benchmark shape', 32, 128, Array(200).fill(64)],
    ['empty, single-token and long documents', 32, 128, [0, 1, 0, 3000, 7, 64, 65, 129, 0]],
    ['K = 1', 5, 128, [17]],
    ['K = 1000 of varying lengths', 8, 96, Array.from({ length: 1000 }, (_, k) => (k * 37) % 90)],
    ['odd dim and a one-token query', 1, 7, [1, 2, 3, 250]],
  ];
  it.each(cases)('%s: scores within 1e-5', async (_name, Lq, dim, lengths) => {
    const q = randomQuery(Lq, Lq, dim);
    const docs = randomDocs(lengths.length, lengths, dim);
    const { scores } = await scorer.rerankByMaxSim(q, packFloat32(docs, dim));
    expect(maxAbsDifference(scores, maxSimReference(q, docs))).toBeLessThan(1e-5);
  });

  it('applies query-token weights', async () => {
    const q = randomQuery(3, 16, 64, true);
    const docs = randomDocs(4, [10, 20, 0, 1], 64);
    const { scores } = await scorer.rerankByMaxSim(q, packFloat32(docs, 64));
    expect(maxAbsDifference(scores, maxSimReference(q, docs))).toBeLessThan(1e-5);
  });

  it('explains: the best document token of every query token, -1 for empty documents', async () => {
    const q = randomQuery(5, 12, 32);
    const docs = randomDocs(6, [0, 1, 5, 40, 300], 32);
    const { scores, bestTokens, bestSimilarities } = await scorer.rerankByMaxSim(
      q,
      packFloat32(docs, 32),
      { explain: true },
    );
    expect(maxAbsDifference(scores, maxSimReference(q, docs))).toBeLessThan(1e-5);
    expect(bestTokens!.map((b) => [...b])).toEqual(
      docs.map((d) => (d.length ? bruteForceBest(q, d) : Array(12).fill(-1))),
    );
    // …and the similarity of each best pair (0 for an empty document)
    docs.forEach((d, k) =>
      bestTokens![k]!.forEach((j, i) => {
        let dot = 0;
        for (let c = 0; j >= 0 && c < 32; c++) dot += q.Q[i * 32 + c]! * d.D[j * 32 + c]!;
        expect(bestSimilarities![k]![i]).toBeCloseTo(dot, 5);
      }),
    );
  });

  it('finds the planted best token in a long document', async () => {
    const dim = 16;
    const q = randomQuery(7, 1, dim);
    const [doc] = randomDocs(8, [5000], dim);
    doc!.D.set(q.Q, 4321 * dim); // an exact copy of the query token: cosine 1
    const { scores, bestTokens } = await scorer.rerankByMaxSim(q, packFloat32([doc!], dim), {
      explain: true,
    });
    expect(bestTokens![0]![0]).toBe(4321);
    expect(scores[0]).toBeCloseTo(1, 5);
  });

  it('handles adversarial values: all documents identical, ties, zero vectors', async () => {
    const dim = 8;
    const q = randomQuery(9, 4, dim);
    const zero = { D: new Float32Array(3 * dim), length: 3, dim };
    const same = randomDocs(10, [6], dim)[0]!;
    const docs = [zero, same, same, { D: same.D.slice(0, dim), length: 1, dim }];
    const { scores, bestTokens } = await scorer.rerankByMaxSim(q, packFloat32(docs, dim), {
      explain: true,
    });
    expect(maxAbsDifference(scores, maxSimReference(q, docs))).toBeLessThan(1e-5);
    expect(scores[1]).toBe(scores[2]);
    expect([...bestTokens![0]!]).toEqual([0, 0, 0, 0]); // all dots are 0: the first token wins
  });

  it('returns zeros for an empty query and for no candidates', async () => {
    const empty = { Q: new Float32Array(0), length: 0, dim: 8, weights: null };
    const docs = randomDocs(11, [3, 0], 8);
    expect([...(await scorer.rerankByMaxSim(empty, packFloat32(docs, 8))).scores]).toEqual([0, 0]);
    expect(
      (await scorer.rerankByMaxSim(randomQuery(1, 2, 8), packFloat32([], 8))).scores.length,
    ).toBe(0);
  });

  it('states the shapes when they do not add up', async () => {
    const q = randomQuery(1, 2, 8);
    const batch = packFloat32(randomDocs(2, [3], 8), 8);
    await expect(scorer.rerankByMaxSim(q, { ...batch, dim: 4 })).rejects.toThrow(/dim 4; Q dim 8/);
    await expect(scorer.rerankByMaxSim({ ...q, length: 3 }, batch)).rejects.toThrow(
      /\[Lq=3, dim=8\]/,
    );
  });

  it('matches the reference on many random shapes', async () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 20; trial++) {
      const dim = 1 + Math.floor(random() * 140);
      const Lq = 1 + Math.floor(random() * 40);
      const lengths = Array.from({ length: 1 + Math.floor(random() * 60) }, () =>
        Math.floor(random() ** 3 * 400),
      );
      const q = randomQuery(trial, Lq, dim, trial % 2 === 0);
      const docs = randomDocs(trial + 100, lengths, dim);
      const { scores } = await scorer.rerankByMaxSim(q, packFloat32(docs, dim));
      expect(
        maxAbsDifference(scores, maxSimReference(q, docs)),
        `dim ${dim} Lq ${Lq}`,
      ).toBeLessThan(1e-5);
    }
  });
});
