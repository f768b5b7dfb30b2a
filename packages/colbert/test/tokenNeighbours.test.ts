import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_DIR,
  loadModel,
  nearestTokens,
  wordTokenMask,
  type ColbertModel,
} from '../src/index.ts';

// A vocabulary of eight tokens and the row of "laptop" (id 0) against it, written by hand.
const VOCAB = ['laptop', 'laptops', 'notebook', '##top', 'pc', 'computer', '[SEP]', 'bag'];
const tokenOf = (id: number) => VOCAB[id] ?? '';
const ROW = Float32Array.from([1, 0.9, 0.56, 0.8, 0.7, 0.58, 0.3, 0.56]);
const laptop = { id: 0, text: 'laptop' };
const words = wordTokenMask(tokenOf, VOCAB.length);

describe('nearestTokens', () => {
  it('marks whole words of three letters or more', () => {
    expect([...words]).toEqual([1, 1, 1, 0, 0, 1, 0, 1]);
  });

  it('keeps the best words at or above the cosine, leaving out the word itself and its forms', () => {
    // "laptops" (0.9) is a form of the word, "##top" (0.8) a piece, "pc" (0.7) too short.
    expect(nearestTokens(ROW, laptop, words, tokenOf, { perToken: 3, minCosine: 0.55 })).toEqual([
      { id: 5, text: 'computer', cosine: expect.closeTo(0.58, 6) },
      { id: 2, text: 'notebook', cosine: expect.closeTo(0.56, 6) },
      { id: 7, text: 'bag', cosine: expect.closeTo(0.56, 6) }, // ties: the smaller id first
    ]);
    expect(
      nearestTokens(ROW, laptop, words, tokenOf, { perToken: 2, minCosine: 0.55 }).map((n) => n.id),
    ).toEqual([5, 2]);
    expect(nearestTokens(ROW, laptop, words, tokenOf, { perToken: 3, minCosine: 0.57 })).toEqual([
      { id: 5, text: 'computer', cosine: expect.closeTo(0.58, 6) },
    ]);
  });

  it('takes words sharing their first five letters for forms of one word', () => {
    const vocab = ['printer', 'printing', 'prime', 'ink'];
    const row = Float32Array.from([1, 0.84, 0.7, 0.6]);
    const near = nearestTokens(
      row,
      { id: 0, text: 'printer' },
      wordTokenMask((id) => vocab[id]!, 4),
      (id) => vocab[id]!,
      { perToken: 3, minCosine: 0.5 },
    );
    expect(near.map((n) => n.text)).toEqual(['prime', 'ink']);
  });

  it('finds none for a token that is no whole word, or when none are asked for', () => {
    const piece = { id: 3, text: '##top' };
    expect(nearestTokens(ROW, piece, words, tokenOf, { perToken: 3, minCosine: 0 })).toEqual([]);
    expect(nearestTokens(ROW, laptop, words, tokenOf, { perToken: 0, minCosine: 0 })).toEqual([]);
  });
});

describe('ColbertModel.tokenNeighbours on the static default model', () => {
  let model: ColbertModel;
  beforeAll(async () => {
    model = await loadModel(DEFAULT_MODEL_DIR, { threads: 1 });
  });
  afterAll(() => model?.close());

  it('finds "notebook" near "laptop" and nothing near a number or a word piece', async () => {
    const typed = (await model.encodeQuery('laptop 64gb')).tokens.filter((t) => t.start >= 0);
    expect(typed.map((t) => t.text)).toEqual(['laptop', '64', '##gb']);
    const [near, number, piece] = await model.tokenNeighbours(typed, {
      perToken: 3,
      minCosine: 0.55,
    });
    expect(near!.map((n) => n.text)).toContain('notebook');
    for (const n of near!) expect(n.cosine).toBeGreaterThanOrEqual(0.55);
    // Each cosine is the two table rows' dot product.
    const [a, b] = [model.tokenVectors([typed[0]!.id]), model.tokenVectors([near![0]!.id])];
    expect(near![0]!.cosine).toBeCloseTo(
      a.reduce((s, v, k) => s + v * b[k]!, 0),
      5,
    );
    expect(number).toEqual([]);
    expect(piece).toEqual([]);
  });
});
