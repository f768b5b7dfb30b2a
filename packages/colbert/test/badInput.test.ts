import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR, getCodec, loadModel, type ColbertModel } from '../src/index.ts';
import { tinyModelDir } from './helpers/models.ts';

const BAD_INPUTS: [string, string][] = [
  ['empty', ''],
  ['whitespace only', ' \t\n '],
  ['punctuation only', '?!.,;:()[]{}…—'],
  ['100,000 characters', 'Ultra-slim laptop sleeve, water resistant. '.repeat(2326)],
  ['one 100,000-character word', 'a'.repeat(100_000)],
  ['emoji', '👍🏽 🇩🇪 👨‍👩‍👧 😀😀😀'],
  ['right-to-left', 'سماعات بلوتوث לאוזניות אלחוטיות'],
  ['combining marks', 'Z̴̡̢a̷̛͚l̸̨̛g̴̢̛o̵̧̢ e\u0301\u0301\u0301'],
  ['NUL and control characters', '\u0000\u0001\u0007\u001b\u007f\u0085 usb\u0000cable\u0008'],
  ['lone surrogates', '\ud800\udc00\udfff\ud83d'],
];

const hasNaN = (values: ArrayLike<number>) =>
  Array.prototype.some.call(values, (v: number) => Number.isNaN(v));

describe.each([
  ['static default model', () => DEFAULT_MODEL_DIR],
  ['contextual tiny model', tinyModelDir],
])('bad input on the %s', (_name, directory) => {
  let model: ColbertModel;
  beforeAll(async () => {
    model = await loadModel(directory(), { threads: 2 });
  });
  afterAll(() => model.close());

  it.each(BAD_INPUTS)(
    '%s: queries encode to at most queryMaxLen finite rows',
    async (_case, text) => {
      const q = await model.encodeQuery(text);
      const { maxLength, augmentWithMask } = model.config.query;
      if (augmentWithMask) expect(q.length).toBe(maxLength);
      else expect(q.length).toBeLessThanOrEqual(maxLength);
      expect(hasNaN(q.Q) || (q.weights !== null && hasNaN(q.weights))).toBe(false);
    },
  );

  it('documents encode to at most docMaxLen finite rows and score without NaN', async () => {
    const texts = BAD_INPUTS.map(([, text]) => text);
    const docs = await model.encodeDocuments(texts);
    docs.forEach((doc, i) => {
      expect(doc.length, BAD_INPUTS[i]![0]).toBeLessThanOrEqual(model.config.document.maxLength);
      expect(hasNaN(doc.D)).toBe(false);
      doc.tokens.forEach((t) => expect(t.end).toBeLessThanOrEqual(texts[i]!.length));
    });
    const long = model.tokenizeDocument(BAD_INPUTS[3]![1]);
    expect(long.inputIds).toHaveLength(model.config.document.maxLength); // truncated, not dropped
    const codec = getCodec('float32');
    const batch = codec.pack(
      docs.map((d) => ({ bytes: codec.encode(d), tokenCount: d.length })),
      model.config.dim,
    );
    for (const [, text] of BAD_INPUTS) {
      const { scores } = await model.rerankByMaxSim(await model.encodeQuery(text), batch);
      expect(hasNaN(scores)).toBe(false);
    }
  });
});
