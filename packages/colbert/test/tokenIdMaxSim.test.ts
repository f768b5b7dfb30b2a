import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_DIR,
  getCodec,
  loadModel,
  MaxSimScorer,
  maxSimReference,
  distinctTokenIds,
  offsetsOf,
  ShapeError,
  type ColbertModel,
} from '../src/index.ts';
import { tokenIdMaxSim } from '../src/scoring/tokenIdMaxSim.ts';
import { VocabularySimilarity } from '../src/scoring/vocabularySimilarity.ts';
import { seededRandom } from '@shopsearch/eval';
import { maxAbsDifference, randomRows } from './helpers/vectors.ts';

const VOCAB = 40;
const DIM = 8;
const table = randomRows(seededRandom(7), VOCAB, DIM);
const rowOf = (id: number) => table.subarray(id * DIM, (id + 1) * DIM);
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, v, k) => s + v * b[k]!, 0);

describe('VocabularySimilarity', () => {
  const vocabulary = new VocabularySimilarity(table, DIM, { threads: 1 });
  afterAll(() => vocabulary.close());

  it('gives each query token its cosine with every vocabulary token, and keeps the rows', async () => {
    const [row3, row9, again3] = await vocabulary.rowsOf([3, 9, 3]);
    expect(row3).toHaveLength(VOCAB);
    for (let id = 0; id < VOCAB; id++) {
      expect(row3![id]).toBeCloseTo(dot(rowOf(3), rowOf(id)), 5);
      expect(row9![id]).toBeCloseTo(dot(rowOf(9), rowOf(id)), 5);
    }
    expect(row3![3]).toBeCloseTo(1, 5); // normalised rows
    expect(again3).toBe(row3);
    expect((await vocabulary.rowsOf([3]))[0]).toBe(row3); // from the cache, not recomputed
  });

  it('gives a row the same bits whichever rows are computed with it', async () => {
    const rowsOf = async (ids: number[]) => {
      const fresh = new VocabularySimilarity(table, DIM, { threads: 1 });
      const rows = await fresh.rowsOf(ids);
      await fresh.close();
      return rows;
    };
    const [alone] = await rowsOf([5]);
    const [, inPair] = await rowsOf([8, 5]);
    const [, , inFour] = await rowsOf([30, 2, 5, 17]);
    expect(maxAbsDifference(inPair!, alone!)).toBe(0);
    expect(maxAbsDifference(inFour!, alone!)).toBe(0);
  });

  it('recomputes evicted rows when the cache holds only one', async () => {
    const small = new VocabularySimilarity(table, DIM, { maxBytes: 1, threads: 1 });
    const [a, b] = await small.rowsOf([1, 2]);
    const [a2] = await small.rowsOf([1]);
    expect(a2).not.toBe(a); // row 2 pushed row 1 out
    expect(maxAbsDifference(a2!, a!)).toBe(0); // the same bits, whatever was computed with it
    expect(b![1]).toBeCloseTo(dot(rowOf(2), rowOf(1)), 5);
    await small.close();
  });

  it('rejects ids outside the table and tables that are not [vocab, dim]', async () => {
    await expect(vocabulary.rowsOf([VOCAB])).rejects.toThrow(ShapeError);
    await expect(vocabulary.rowsOf([-1])).rejects.toThrow(/outside the table/);
    expect(() => new VocabularySimilarity(new Float32Array(10), DIM)).toThrow(ShapeError);
  });
});

describe('tokenIdMaxSim', () => {
  const random = seededRandom(11);
  const docs = [5, 0, 1, 12, 3].map((length) =>
    Int32Array.from({ length }, () => Math.floor(random() * VOCAB)),
  );
  const offsets = offsetsOf(docs.map((d) => d.length));
  const tokenIds = Int32Array.from(docs.flatMap((d) => [...d]));
  const queryIds = [4, 17, 4, 30];
  const Q = new Float32Array(queryIds.flatMap((id) => [...rowOf(id)]));
  const weights = Float32Array.of(2, 0.5, 1, 3);
  const decoded = docs.map((ids) => ({
    D: new Float32Array([...ids].flatMap((id) => [...rowOf(id)])),
    length: ids.length,
    dim: DIM,
  }));
  const exactRows = queryIds.map((q) =>
    Float32Array.from({ length: VOCAB }, (_, id) => dot(rowOf(q), rowOf(id))),
  );

  it('equals the reference MaxSim of the decoded vectors, weighted or not', () => {
    for (const w of [null, weights]) {
      const { scores } = tokenIdMaxSim(exactRows, w, { offsets, tokenIds }, false);
      const expected = maxSimReference(
        { Q, length: queryIds.length, dim: DIM, weights: w },
        decoded,
      );
      expect(maxAbsDifference(scores, expected)).toBeLessThan(1e-5);
      expect(scores[1]).toBe(0); // the empty document
    }
    expect([...tokenIdMaxSim([], null, { offsets, tokenIds }, false).scores]).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });

  it('scores alike with and without explaining, for every query length', () => {
    // The scoring path takes query tokens four at a time; lengths 1…9 cover every remainder.
    for (let Lq = 1; Lq <= 9; Lq++) {
      const rows = Array.from({ length: Lq }, (_, i) => exactRows[i % exactRows.length]!);
      for (const w of [null, Float32Array.from({ length: Lq }, (_, i) => 0.5 + i)]) {
        const fast = tokenIdMaxSim(rows, w, { offsets, tokenIds }, false);
        const explained = tokenIdMaxSim(rows, w, { offsets, tokenIds }, true);
        expect(fast.bestTokens).toBeUndefined();
        expect([...fast.scores]).toEqual([...explained.scores]);
        const expected = docs.map((ids) =>
          rows.reduce(
            (sum, row, i) =>
              sum +
              (ids.length ? (w ? w[i]! : 1) * Math.max(...[...ids].map((id) => row[id]!)) : 0),
            0,
          ),
        );
        expect(maxAbsDifference(fast.scores, Float32Array.from(expected))).toBeLessThan(1e-5);
      }
    }
  });

  it("scores from the candidates' distinct ids with the bits of all their ids", () => {
    const repeated = [Int32Array.of(3, 9, 3, 3, 21), Int32Array.of(), Int32Array.of(8, 8), ...docs];
    const at = offsetsOf(repeated.map((d) => d.length));
    const ids = Int32Array.from(repeated.flatMap((d) => [...d]));
    const distinct = distinctTokenIds(at, ids);
    expect([...distinct.tokenIds.subarray(distinct.offsets[0], distinct.offsets[1])]).toEqual([
      3, 9, 21,
    ]);
    expect([...distinct.tokenIds.subarray(distinct.offsets[2], distinct.offsets[3])]).toEqual([8]);
    expect(distinct.offsets[1]).toBe(distinct.offsets[2]); // the empty document stays empty
    expect([distinct.minId, distinct.maxId]).toEqual([Math.min(...ids), Math.max(...ids)]);
    for (let Lq = 1; Lq <= 9; Lq++) {
      const rows = Array.from({ length: Lq }, (_, i) => exactRows[(i * 3) % exactRows.length]!);
      for (const w of [null, Float32Array.from({ length: Lq }, (_, i) => 1.5 - i / 4)]) {
        const all = tokenIdMaxSim(rows, w, { offsets: at, tokenIds: ids }, false).scores;
        const fewer = tokenIdMaxSim(
          rows,
          w,
          { offsets: at, tokenIds: ids, distinct },
          false,
        ).scores;
        expect([...fewer]).toEqual([...all]);
      }
    }
    const outside = distinctTokenIds(offsetsOf([2]), Int32Array.of(1, VOCAB));
    const bad = { offsets: offsetsOf([2]), tokenIds: Int32Array.of(1, VOCAB), distinct: outside };
    expect(() => tokenIdMaxSim(exactRows, null, bad, false)).toThrow(/token id 40 outside/);
  });

  it("gives a candidate holding an id at its row's peak that peak, ties included", () => {
    const row = Float32Array.from({ length: VOCAB }, (_, id) => Math.sin(id) / 2);
    row[5] = 0.9;
    row[9] = 0.9; // two ids hold the peak
    const docsHere = [Int32Array.of(1, 9, 30), Int32Array.of(5), Int32Array.of(2, 3, 7)];
    const at = offsetsOf(docsHere.map((d) => d.length));
    const ids = Int32Array.from(docsHere.flatMap((d) => [...d]));
    const fast = tokenIdMaxSim([row], null, { offsets: at, tokenIds: ids }, false).scores;
    const explained = tokenIdMaxSim([row], null, { offsets: at, tokenIds: ids }, true).scores;
    expect([...fast]).toEqual([0.9, 0.9, Math.max(row[2]!, row[3]!, row[7]!)].map(Math.fround));
    expect([...fast]).toEqual([...explained]);
  });

  it('names the best document token of every query token', () => {
    const result = tokenIdMaxSim(exactRows, null, { offsets, tokenIds }, true);
    docs.forEach((ids, k) => {
      queryIds.forEach((_, i) => {
        const sims = [...ids].map((id) => exactRows[i]![id]!);
        const best = ids.length ? sims.indexOf(Math.max(...sims)) : -1;
        expect(result.bestTokens![k]![i]).toBe(best);
        expect(result.bestSimilarities![k]![i]).toBeCloseTo(ids.length ? sims[best]! : 0, 6);
      });
    });
  });

  it('rejects token ids outside the rows and weights of another length', () => {
    const bad = { offsets: offsetsOf([2]), tokenIds: Int32Array.of(1, VOCAB) };
    expect(() => tokenIdMaxSim(exactRows, null, bad, false)).toThrow(ShapeError);
    expect(() => tokenIdMaxSim(exactRows, null, bad, true)).toThrow(/token id 40 outside/);
    const negative = { offsets: offsetsOf([2]), tokenIds: Int32Array.of(-3, 1) };
    expect(() => tokenIdMaxSim(exactRows, null, negative, true)).toThrow(/token id -3 outside/);
    expect(() =>
      tokenIdMaxSim(exactRows, Float32Array.of(1), { offsets, tokenIds }, false),
    ).toThrow(/expected \[Lq=4\]/);
  });
});

describe('token-id candidates of the default model', () => {
  let model: ColbertModel;
  const graph = new MaxSimScorer({ threads: 1 });
  beforeAll(async () => {
    model = await loadModel(DEFAULT_MODEL_DIR, { threads: 1 });
  });
  afterAll(async () => {
    await graph.close();
    await model.close();
  });

  /** The texts encoded by the model and packed by the token-id codec, as a search scores them. */
  async function packedDocuments(texts: string[]) {
    const codec = getCodec('tokenid', model);
    const docs = await model.encodeDocuments(texts);
    return codec.pack(
      docs.map((d) => ({ bytes: codec.encode(d), tokenCount: d.length })),
      128,
    );
  }

  it('score and explain like the ONNX Runtime graph', async () => {
    const batch = await packedDocuments([
      'Logitech K120 keyboard, USB, QWERTY, black',
      'Wireless optical mouse with nano receiver',
      '',
      'Mechanical gaming keyboard with RGB backlight and wrist rest',
    ]);
    const q = await model.encodeQuery('wireless gaming keyboard');
    const fast = await model.rerankByMaxSim(q, batch, { explain: true });
    const onGraph = await graph.rerankByMaxSim(q, batch, { explain: true });
    expect(maxAbsDifference(fast.scores, onGraph.scores)).toBeLessThan(1e-3); // weights ~200
    expect(fast.bestTokens).toEqual(onGraph.bestTokens);
    expect(fast.scores[3]).toBeGreaterThan(fast.scores[1]!);
  });

  it('lets a number match only itself: "64" is no near match for "32"', async () => {
    const batch = await packedDocuments([
      'SanDisk Ultra USB flash drive 32GB',
      'SanDisk Ultra USB flash drive 64GB',
    ]);
    const q = await model.encodeQuery('usb stick 64gb');
    const number = q.tokens.findIndex((t) => t.text === '64');
    expect(number).toBeGreaterThan(0);
    const { scores, bestSimilarities } = await model.rerankByMaxSim(q, batch, { explain: true });
    expect(bestSimilarities![1]![number]).toBeCloseTo(1, 5);
    expect(bestSimilarities![0]![number]).toBeLessThan(0.5);
    expect(scores[1]! - scores[0]!).toBeGreaterThan(0.5);
  });

  it('counts a number\'s unit only next to that number: "64gb" finds no "GB" after 4', async () => {
    // The case: a 4 GB stick saying "memory stick" in its description outranked 64 GB
    // sticks, its "GB" matching the unit of "64gb" fully.
    const batch = await packedDocuments([
      'Integral EVO USB flash drive 4 GB. 4GB USB2.0 MEMORY FLASH DRIVE (MEMORY STICK) EVO BLUE',
      'V7 64GB USB 3.1 Flash Drive - With Retractable USB connector',
      'Silicon Power Helios 202 USB flash drive 64 GB USB Type-A',
    ]);
    const q = await model.encodeQuery('usb stick 64gb');
    const unit = q.tokens.findIndex((t) => t.text === '##gb');
    const { scores, bestSimilarities } = await model.rerankByMaxSim(q, batch, { explain: true });
    expect(bestSimilarities![0]![unit]).toBeLessThanOrEqual(0);
    expect(bestSimilarities![1]![unit]).toBeCloseTo(1, 5); // "64GB"
    expect(bestSimilarities![2]![unit]).toBeGreaterThan(0.5); // "64 GB": a unit word after 64
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[2]).toBeGreaterThan(scores[0]!);
    const fast = await model.rerankByMaxSim(q, batch);
    expect([...fast.scores]).toEqual([...scores]);
  });
});
