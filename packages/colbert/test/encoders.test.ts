import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnnxEncoder } from '../src/encoding/onnxEncoder.ts';
import { onnxTokenEncoder } from '../src/encoding/tokenEncoder.ts';
import { DEFAULT_MODEL_DIR, loadModel, type ColbertModel } from '../src/index.ts';
import { tinyModelDir } from './helpers/models.ts';
import { maxAbsDifference } from './helpers/vectors.ts';

function rowNorms(X: Float32Array, dim: number): number[] {
  return Array.from({ length: X.length / dim }, (_, r) =>
    Math.hypot(...X.subarray(r * dim, (r + 1) * dim)),
  );
}

const TEXTS = [
  'Logitech MX Master 3 wireless mouse, graphite',
  'mouse',
  '',
  'HP ProBook 450 G8 Notebook 39.6 cm (15.6") Full HD Intel Core i5 8 GB DDR4-SDRAM 256 GB SSD Wi-Fi 6 Windows 10 Pro',
  'Canon EOS 2000D',
];

describe('static default model (potion-base-4m)', () => {
  let model: ColbertModel;
  beforeAll(async () => {
    model = await loadModel(DEFAULT_MODEL_DIR, { threads: 2, queryCacheSize: 2 });
  });
  afterAll(() => model.close());

  it('loads its colbert.json', () => {
    expect(model.config).toMatchObject({ name: 'potion-base-4m', kind: 'static', dim: 128 });
    expect(model.vocabSize).toBe(29528);
    expect(model.tokenTable).toHaveLength(29528 * 128);
  });

  it('encodes a query into unit rows, weighted by the pre-normalisation norms', async () => {
    const q = await model.encodeQuery('gaming laptop');
    expect(q.tokens.map((t) => t.text)).toEqual(['gaming', 'laptop']);
    expect(q.length).toBe(2);
    rowNorms(q.Q, 128).forEach((n) => expect(n).toBeCloseTo(1, 5));
    expect(q.weights![0]).toBeGreaterThan(50); // int8 units: frequent, uninformative tokens weigh less
    expect(q.Q).toEqual(model.tokenVectors(q.tokens.map((t) => t.id)));
  });

  it('caches encoded queries in a bounded LRU', async () => {
    const first = await model.encodeQuery('ssd');
    expect(await model.encodeQuery('ssd')).toBe(first);
    await model.encodeQuery('mouse');
    await model.encodeQuery('keyboard'); // evicts 'ssd' (capacity 2)
    const again = await model.encodeQuery('ssd');
    expect(again).not.toBe(first);
    expect(again.Q).toEqual(first.Q);
  });

  it('encodes documents in input order, each exactly as alone, rows = token vectors', async () => {
    const together = await model.encodeDocuments(TEXTS);
    for (const [i, text] of TEXTS.entries()) {
      const [alone] = await model.encodeDocuments([text]);
      expect(together[i]!.D).toEqual(alone!.D);
      expect(together[i]!.tokens).toEqual(model.tokenizeDocument(text).tokens);
      expect(together[i]!.D).toEqual(model.tokenVectors(together[i]!.tokenIds));
    }
    expect(together[2]!.length).toBe(0); // an empty text has no rows: no [CLS]/[SEP] for this model
    expect(together[0]!.tokens.some((t) => t.text === ',')).toBe(false); // punctuation skipped
  });

  it('serves from its token table exactly what its ONNX graph computes', async () => {
    const session = await ort.InferenceSession.create(join(DEFAULT_MODEL_DIR, 'model.onnx'));
    const graph = new OnnxEncoder(session, 'embeddings', 128, 0);
    const tokenized = TEXTS.map((text) => model.tokenizeDocument(text)).filter(
      (t) => t.inputIds.length > 0,
    );
    const fromGraph = await onnxTokenEncoder(graph, 128, true).encode(tokenized);
    const fromModel = await model.encodeDocuments(
      TEXTS.filter((t) => model.tokenizeDocument(t).inputIds.length > 0),
    );
    fromGraph.forEach((rows, i) => expect(rows.vectors).toEqual(fromModel[i]!.D));
    const [query] = await onnxTokenEncoder(graph, 128, true).encode([
      model.tokenizeQuery('usb hub'),
    ]);
    expect((await model.encodeQuery('usb hub')).weights).toEqual(query!.norms);
    await session.release();
  });
});

describe('contextual model (generated BERT, 2 layers, hidden 32)', () => {
  let model: ColbertModel;
  beforeAll(async () => {
    model = await loadModel(tinyModelDir(), { threads: 2, batchTokens: 64 });
  });
  afterAll(() => model.close());

  it('encodes every query into queryMaxLen unit rows, [MASK] pads included', async () => {
    const q = await model.encodeQuery('gps watch');
    expect(q.length).toBe(32);
    expect(q.Q).toHaveLength(32 * 16);
    expect(q.weights).toBeNull();
    rowNorms(q.Q, 16).forEach((n) => expect(n).toBeCloseTo(1, 5));
  });

  it('gives a token different vectors in different contexts', async () => {
    const [a, b] = await model.encodeDocuments(['black mouse', 'wireless mouse pad']);
    const mouse = (d: typeof a) => d!.D.subarray(3 * 16, 4 * 16); // [CLS] [D] x mouse
    expect(a!.tokens[3]!.text).toBe('mouse');
    expect(b!.tokens[3]!.text).toBe('mouse');
    expect(maxAbsDifference(mouse(a), mouse(b))).toBeGreaterThan(1e-3);
  });

  it('is not affected by padding: a document encodes the same alone and beside longer ones', async () => {
    // batchTokens 64 forces several length buckets; the short texts share a batch with padding.
    const together = await model.encodeDocuments(TEXTS);
    for (const [i, text] of TEXTS.entries()) {
      const [alone] = await model.encodeDocuments([text]);
      expect(together[i]!.length).toBe(alone!.length);
      expect(maxAbsDifference(together[i]!.D, alone!.D)).toBeLessThan(1e-5);
    }
    expect(together[2]!.length).toBe(3); // [CLS] [D] [SEP]
  });

  it('has no token table', () => {
    expect(model.tokenTable).toBeNull();
    expect(() => model.tokenVectors([1])).toThrow(/contextual/);
  });
});
