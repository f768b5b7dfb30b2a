import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_DIR,
  labelCosines,
  loadModel,
  tokenLabels,
  type ColbertModel,
} from '../src/index.ts';

// Four unit vectors in two dimensions, written by hand: "notebook" and "pc" at right angles.
const VOCAB = ['notebook', 'pc', '2', '##s'];
const TABLE = Float32Array.from([1, 0, 0, 1, Math.SQRT1_2, Math.SQRT1_2, 0.6, 0.8]);
const tokenize = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => ({ id: VOCAB.indexOf(word), text: word }));

describe('labelCosines', () => {
  it('gives a label the normalised sum of its word tokens’ vectors', () => {
    const labels = tokenLabels(['Notebook', 'Notebook PC', '2 ##s'], tokenize, TABLE, 2);
    // Numbers and word pieces are no words of a label: "2 ##s" has no vector.
    expect([...labels.vectors]).toEqual([
      1,
      0,
      expect.closeTo(Math.SQRT1_2, 6),
      expect.closeTo(Math.SQRT1_2, 6),
      0,
      0,
    ]);
    // "notebook"'s own vector: cosine 1, 1/√2 to "Notebook PC", 0 to none.
    expect([...labelCosines(TABLE.subarray(0, 2), labels)]).toEqual([
      expect.closeTo(1, 6),
      expect.closeTo(Math.SQRT1_2, 6),
      0,
    ]);
  });
});

describe('ColbertModel.labelSimilarities (potion-base-4m)', () => {
  let model: ColbertModel;
  beforeAll(async () => {
    model = await loadModel(DEFAULT_MODEL_DIR, { threads: 1 });
  });
  afterAll(async () => model?.close());

  it('puts "laptop" nearer the type "Notebook" than "Keyboard", and a one-word label at the words’ cosine', async () => {
    const labels = model.tokenLabels(['Notebook', 'Keyboard', 'Network Interface Card'])!;
    const laptop = model.tokenizeQuery('laptop').tokens.find((t) => t.text === 'laptop')!;
    const [cosines] = model.labelSimilarities([laptop], labels);
    expect(cosines![0]).toBeGreaterThan(cosines![1]!);
    const notebook = model.tokenizeDocument('notebook').tokens[0]!;
    const [a, b] = [laptop.id, notebook.id].map((id) => model.tokenVectors([id]));
    const dot = a!.reduce((sum, v, k) => sum + v * b![k]!, 0);
    expect(cosines![0]).toBeCloseTo(dot, 4);
  });
});
