import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR, loadModel, ModelLoadError } from '../src/index.ts';
import { encodeModel, node, valueInfo } from '../src/onnx/graphBuilder.ts';
import { tinyModelDir } from './helpers/models.ts';

const scratch = mkdtempSync(join(tmpdir(), 'colbert-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the default model directory with some files replaced or deleted. */
function brokenCopy(
  name: string,
  changes: Record<string, string | Uint8Array | null>,
  from = DEFAULT_MODEL_DIR,
): string {
  const dir = join(scratch, name);
  cpSync(from, dir, { recursive: true });
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), content);
  }
  return dir;
}

function withConfig(change: (config: Record<string, unknown>) => void): string {
  const config = JSON.parse(readFileSync(join(DEFAULT_MODEL_DIR, 'colbert.json'), 'utf8'));
  change(config);
  return JSON.stringify(config);
}

async function loadError(dir: string): Promise<ModelLoadError> {
  const error = await loadModel(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelLoadError);
  return error as ModelLoadError;
}

describe('loadModel rejects broken model directories, naming directory and file', () => {
  it('a missing directory', async () => {
    const error = await loadError(join(scratch, 'nowhere'));
    expect(error.message).toBe(
      `Cannot load ColBERT model from ${join(scratch, 'nowhere')}: .: no such directory`,
    );
  });

  it.each([
    ['colbert.json', 'file is missing'],
    ['tokenizer.json', 'file is missing'],
    ['model.onnx', 'file is missing'],
  ])('a missing %s', async (file, problem) => {
    const dir = brokenCopy(`missing-${file}`, { [file]: null });
    const error = await loadError(dir);
    expect(error.message).toBe(`Cannot load ColBERT model from ${dir}: ${file}: ${problem}`);
    expect(error.cause).toMatchObject({ directory: dir, file });
  });

  it.each([
    ['invalid JSON', '{ "name": ', /colbert.json: not valid JSON/],
    [
      'a missing field',
      withConfig((c) => delete c.dim),
      /colbert.json: missing required field "dim"/,
    ],
    [
      'a wrong type',
      withConfig((c) => (c.query = { maxLength: '32' })),
      /"query.maxLength" must be a positive integer, got "32"/,
    ],
    ['an unknown field', withConfig((c) => (c.dimension = 3)), /unknown field "dimension"/],
    [
      'no room for text',
      withConfig((c) => {
        c.addSpecialTokens = true;
        c.document = { maxLength: 2, marker: null };
      }),
      /"document.maxLength" is 2/,
    ],
    [
      'a marker missing from the vocabulary',
      withConfig((c) => (c.query = { marker: '[unused0]' })),
      /colbert.json: query.marker "\[unused0\]" is not a token of tokenizer.json/,
    ],
  ])('colbert.json with %s', async (name, content, message) => {
    expect(
      (await loadError(brokenCopy(`config-${name}`, { 'colbert.json': content }))).message,
    ).toMatch(message);
  });

  it('a tokenizer.json whose pipeline cannot give offsets', async () => {
    const tokenizer = JSON.parse(readFileSync(join(DEFAULT_MODEL_DIR, 'tokenizer.json'), 'utf8'));
    tokenizer.pre_tokenizer = { type: 'Metaspace', replacement: '▁' };
    const error = await loadError(
      brokenCopy('tokenizer-metaspace', { 'tokenizer.json': JSON.stringify(tokenizer) }),
    );
    expect(error.message).toMatch(/tokenizer.json: pre_tokenizer Metaspace is not supported/);
  });

  it('a model.onnx that is not ONNX', async () => {
    const error = await loadError(
      brokenCopy('onnx-garbage', { 'model.onnx': new Uint8Array([1, 2, 3]) }),
    );
    expect(error.message).toMatch(/model.onnx: ONNX Runtime cannot open it/);
  });

  it('a model.onnx with the wrong input types: expected and found are both spelled out', async () => {
    const wrong = encodeModel({
      name: 'wrong',
      inputs: [
        valueInfo('input_ids', 'int32', ['batch', 'seq']),
        valueInfo('attention_mask', 'int32', ['batch', 'seq']),
      ],
      outputs: [valueInfo('embeddings', 'int32', ['batch', 'seq'])],
      nodes: [node('Add', ['input_ids', 'attention_mask'], ['embeddings'])],
    });
    const error = await loadError(brokenCopy('onnx-wrong-inputs', { 'model.onnx': wrong }));
    expect(error.message).toContain(
      'model.onnx: input input_ids int32 [batch, seq] is not int64 [batch, seq]',
    );
    expect(error.message).toContain(
      'expected inputs input_ids int64 [batch, seq], attention_mask int64 [batch, seq]',
    );
    expect(error.message).toContain(
      'found inputs input_ids int32 [batch, seq], attention_mask int32 [batch, seq]; outputs embeddings int32',
    );
  });

  it('a config dim that disagrees with the model output', async () => {
    const error = await loadError(
      brokenCopy('dim-mismatch', { 'colbert.json': withConfig((c) => (c.dim = 96)) }),
    );
    expect(error.message).toContain(
      'output embeddings float32 [batch, seq, 128] is not float32 [batch, seq, 96]',
    );
  });

  it('an output name that the model lacks', async () => {
    const error = await loadError(
      brokenCopy('output-name', {
        'colbert.json': withConfig((c) => (c.outputName = 'last_hidden_state')),
      }),
    );
    expect(error.message).toMatch(
      /missing output last_hidden_state; expected .* found .*outputs embeddings float32 \[batch, seq, 128\]/,
    );
  });

  it('a contextual model declared static', async () => {
    const config = JSON.parse(readFileSync(join(tinyModelDir(), 'colbert.json'), 'utf8'));
    const dir = brokenCopy(
      'contextual-as-static',
      { 'colbert.json': JSON.stringify({ ...config, kind: 'static' }) },
      tinyModelDir(),
    );
    expect((await loadError(dir)).message).toMatch(
      /model.onnx: token \d+ gets different vectors in different contexts/,
    );
  });
});
