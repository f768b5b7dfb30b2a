import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MODEL_DIR,
  getCodec,
  loadModel,
  MaxSimScorer,
  maxSimReference,
  distinctTokenIds,
  selectCandidates,
  batchByteLength,
  ShapeError,
  type ColbertModel,
  type EncodedDocument,
  type TokenIdBatch,
} from '../src/index.ts';
import { float32ToHalves, halvesToFloat32, toHalfBits } from '../src/codecs/float16.ts';
import { maxAbsDifference, randomDocs, randomQuery } from './helpers/vectors.ts';

function asDocument(D: Float32Array, length: number, dim: number): EncodedDocument {
  return { D, length, dim, tokenIds: new Int32Array(length), tokens: [] };
}

describe('float16 conversion', () => {
  it('round-trips every half value except NaN payloads', () => {
    const all = Uint16Array.from({ length: 65536 }, (_, h) => h);
    const back = float32ToHalves(halvesToFloat32(all));
    const nan = (h: number) => (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
    all.forEach((h) => {
      if (!nan(h)) expect(back[h]).toBe(h);
    });
  });

  it('rounds to nearest even, keeps subnormals, saturates to infinity', () => {
    expect(toHalfBits(1)).toBe(0x3c00);
    expect(toHalfBits(1 + 2 ** -11)).toBe(0x3c00); // halfway between 1 and the next half: even wins
    expect(toHalfBits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(toHalfBits(2 ** -24)).toBe(0x0001); // smallest subnormal
    expect(toHalfBits(2 ** -26)).toBe(0x0000);
    expect(toHalfBits(-65520)).toBe(0xfc00); // rounds past the largest finite half
    expect(toHalfBits(NaN) & 0x7e00).toBe(0x7e00);
  });
});

describe('codec layouts', () => {
  const D = Float32Array.of(1, -0.5, 0, 0.25);
  const doc = asDocument(D, 2, 2);

  it('float32 stores D row-major, little-endian', () => {
    const bytes = getCodec('float32').encode(doc);
    expect(bytes.length).toBe(2 * getCodec('float32').bytesPerToken(2));
    expect(new DataView(bytes.buffer).getFloat32(4, true)).toBe(-0.5);
    expect([...getCodec('float32').decode(bytes, 2, 2)]).toEqual([...D]);
  });

  it('float16 stores binary16 bit patterns, little-endian', () => {
    const bytes = getCodec('float16').encode(doc);
    expect(bytes.length).toBe(8);
    expect(new DataView(bytes.buffer).getUint16(0, true)).toBe(0x3c00);
    expect([...getCodec('float16').decode(bytes, 2, 2)]).toEqual([...D]);
  });

  it('int8 stores codes [L, dim] then float32 scales [L]', () => {
    const bytes = getCodec('int8').encode(asDocument(Float32Array.of(1, -0.25, 0, 0.25), 2, 2));
    expect(bytes.length).toBe(2 * (2 + 4));
    expect([...new Int8Array(bytes.buffer, 0, 4)]).toEqual([127, -32, 0, 127]);
    const scales = new DataView(bytes.buffer, 4);
    expect(scales.getFloat32(0, true)).toBeCloseTo(1 / 127, 7);
    expect(scales.getFloat32(4, true)).toBeCloseTo(0.25 / 127, 7);
  });

  it('int8 keeps every component within half a quantisation step, and zero rows at zero', () => {
    const [random] = randomDocs(1, [50], 128);
    const withZero = new Float32Array(51 * 128);
    withZero.set(random!.D);
    const bytes = getCodec('int8').encode(asDocument(withZero, 51, 128));
    const decoded = getCodec('int8').decode(bytes, 51, 128);
    for (let j = 0; j < 51; j++) {
      const row = withZero.subarray(j * 128, (j + 1) * 128);
      const step = Math.max(...row.map(Math.abs)) / 127;
      expect(maxAbsDifference(row, decoded.subarray(j * 128, (j + 1) * 128))).toBeLessThanOrEqual(
        step / 2 + 1e-7,
      );
    }
    expect(decoded.subarray(50 * 128).every((x) => x === 0)).toBe(true);
  });

  it('rejects byte counts that do not match the token count', () => {
    expect(() => getCodec('float16').decode(new Uint8Array(7), 2, 2)).toThrow(ShapeError);
    expect(() => getCodec('int8').pack([{ bytes: new Uint8Array(5), tokenCount: 1 }], 2)).toThrow(
      /5 bytes for 1 tokens/,
    );
    expect(() => getCodec('nope' as 'int8')).toThrow(/unknown codec/);
  });
});

describe('scoring packed candidates', () => {
  const scorer = new MaxSimScorer({ threads: 2 });
  afterAll(() => scorer.close());
  const dim = 64;
  const q = randomQuery(2, 12, dim);
  const docs = randomDocs(3, [5, 0, 40, 1, 77], dim).map((d) => asDocument(d.D, d.length, d.dim));

  it.each(['float32', 'float16', 'int8'] as const)(
    '%s batches score like the reference on decoded vectors',
    async (name) => {
      const codec = getCodec(name);
      const stored = docs.map((d) => ({ bytes: codec.encode(d), tokenCount: d.length }));
      const decoded = stored.map((s) => ({
        D: codec.decode(s.bytes, s.tokenCount, dim),
        length: s.tokenCount,
        dim,
      }));
      const batch = codec.pack(stored, dim);
      // The batch holds the stored bytes, decoded in place, and its offsets [K + 1].
      const storedBytes = stored.reduce((sum, s) => sum + s.bytes.length, 0);
      expect(batchByteLength(batch)).toBe(storedBytes + 4 * (docs.length + 1));
      const { scores } = await scorer.rerankByMaxSim(q, batch);
      expect(maxAbsDifference(scores, maxSimReference(q, decoded))).toBeLessThan(1e-5);
      // …and the lossy codecs stay close to the float32 scores.
      expect(maxAbsDifference(scores, maxSimReference(q, docs))).toBeLessThan(
        name === 'float32' ? 1e-5 : 0.05,
      );
    },
  );

  it.each(['float32', 'float16', 'int8'] as const)(
    'a selection of a %s batch explains its candidates as the whole batch does',
    async (name) => {
      const codec = getCodec(name);
      const batch = codec.pack(
        docs.map((d) => ({ bytes: codec.encode(d), tokenCount: d.length })),
        dim,
      );
      const whole = await scorer.rerankByMaxSim(q, batch, { explain: true });
      const positions = [4, 1, 2, 4];
      const part = await scorer.rerankByMaxSim(q, selectCandidates(batch, positions), {
        explain: true,
      });
      expect([...part.scores]).toEqual(positions.map((p) => whole.scores[p]));
      expect(part.bestTokens).toEqual(positions.map((p) => whole.bestTokens![p]));
      expect(part.bestSimilarities).toEqual(positions.map((p) => whole.bestSimilarities![p]));
      expect(() => selectCandidates(batch, [5])).toThrow(/position 5 outside \[0, 5\)/);
    },
  );
});

describe('tokenid codec (static default model)', () => {
  let model: ColbertModel;
  beforeAll(async () => {
    model = await loadModel(DEFAULT_MODEL_DIR, { threads: 2 });
  });
  afterAll(() => model.close());

  it('stores 2 bytes per token and decodes to exactly the encoder output', async () => {
    const codec = getCodec('tokenid', model);
    const [doc] = await model.encodeDocuments(['Canon EOS 2000D digital SLR camera, 24.1 MP']);
    const bytes = codec.encode(doc!);
    expect(codec.bytesPerToken(128)).toBe(2);
    expect(bytes.length).toBe(2 * doc!.length);
    expect(codec.decode(bytes, doc!.length, 128)).toEqual(doc!.D);
  });

  it('scores exactly like float32 vectors of the same documents', async () => {
    const codec = getCodec('tokenid', model);
    const texts = [
      'wireless mouse',
      'Logitech MX Master 3 wireless mouse, graphite',
      '',
      'laser printer toner',
    ];
    const docs = await model.encodeDocuments(texts);
    const q = await model.encodeQuery('wireless gaming mouse');
    const stored = docs.map((d) => ({ bytes: codec.encode(d), tokenCount: d.length }));
    const batch = codec.pack(stored, 128) as TokenIdBatch;
    expect(batch.distinct).toEqual(distinctTokenIds(batch.offsets, batch.tokenIds));
    // Its own arrays count; the model's table, shared by every batch, does not.
    const { distinct } = batch;
    expect(batchByteLength(batch)).toBe(
      4 * (2 * batch.offsets.length + batch.tokenIds.length + distinct!.tokenIds.length),
    );
    const { scores } = await model.rerankByMaxSim(q, batch);
    expect(maxAbsDifference(scores, maxSimReference(q, docs))).toBeLessThan(1e-4); // weights ~200: 5e-7 relative
    expect(scores[1]).toBeGreaterThan(scores[3]!);

    // A selection (the page to explain) gives its candidates the whole batch's answers.
    const whole = await model.rerankByMaxSim(q, codec.pack(stored, 128), { explain: true });
    const positions = [3, 2, 1];
    const part = await model.rerankByMaxSim(
      q,
      selectCandidates(codec.pack(stored, 128), positions),
      {
        explain: true,
      },
    );
    expect([...part.scores]).toEqual(positions.map((p) => whole.scores[p]));
    expect(part.bestTokens).toEqual(positions.map((p) => whole.bestTokens![p]));
  });

  it('needs a static model', () => {
    expect(() => getCodec('tokenid')).toThrow(/static model/);
    expect(() =>
      getCodec('tokenid', {
        vocabSize: 10,
        tokenTable: null,
        tokenVectors: () => new Float32Array(0),
      }),
    ).toThrow(/static model/);
  });
});
