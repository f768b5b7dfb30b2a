import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/index.ts';
import { TINY_BERT, writeRandomBertModel } from '../src/testing/index.ts';
import { maxAbsDifference } from './helpers/vectors.ts';

const scratch = mkdtempSync(join(tmpdir(), 'colbert-bert-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writeRandomBertModel', () => {
  const tiny = { ...TINY_BERT, layers: 1, vocabSize: 29530 };

  it('writes the same model for the same seed and another for another seed', () => {
    writeRandomBertModel(join(scratch, 'a'), tiny);
    writeRandomBertModel(join(scratch, 'b'), tiny);
    writeRandomBertModel(join(scratch, 'c'), { ...tiny, seed: 2 });
    const bytes = (d: string) => readFileSync(join(scratch, d, 'model.onnx'));
    expect(bytes('a').equals(bytes('b'))).toBe(true);
    expect(bytes('a').equals(bytes('c'))).toBe(false);
  });

  it('writes a loadable contextual model directory with ColBERT markers', async () => {
    const dir = join(scratch, 'shape');
    writeRandomBertModel(dir, { ...tiny, hidden: 24, heads: 3, dim: 8 });
    const model = await loadModel(dir, { threads: 1 });
    expect(model.config).toMatchObject({
      kind: 'contextual',
      dim: 8,
      query: { marker: '[unused0]' },
    });
    const q = await model.encodeQuery('usb cable');
    expect(q.tokens[1]!.text).toBe('[unused0]');
    expect(q.Q).toHaveLength(32 * 8);
    await model.close();
  });

  it('attends: changing a later token changes the vectors of earlier ones', async () => {
    const dir = join(scratch, 'a');
    const model = await loadModel(dir, { threads: 1 });
    const [a, b] = await model.encodeDocuments(['usb cable black', 'usb cable white']);
    expect(maxAbsDifference(a!.D.subarray(0, 3 * 16), b!.D.subarray(0, 3 * 16))).toBeGreaterThan(
      1e-4,
    );
    await model.close();
  });

  it('refuses a vocabulary smaller than the tokenizer', () => {
    expect(() =>
      writeRandomBertModel(join(scratch, 'small'), { ...tiny, vocabSize: 1000 }),
    ).toThrow(/vocabSize 1000/);
  });
});
