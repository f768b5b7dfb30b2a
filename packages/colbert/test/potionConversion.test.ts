import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR, loadModel } from '../src/index.ts';
import { parseSafetensors } from '../scripts/safetensors.ts';

const SOURCE = fileURLToPath(
  new URL('../../../models/source/potion-base-4m-int8/', import.meta.url),
);
const scratch = mkdtempSync(join(tmpdir(), 'colbert-potion-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function safetensorsFile(header: object, data: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const file = new Uint8Array(8 + json.length + data.length);
  new DataView(file.buffer).setBigUint64(0, BigInt(json.length), true);
  file.set(json, 8);
  file.set(data, 8 + json.length);
  return file;
}

describe('parseSafetensors', () => {
  it('reads tensors by name and skips metadata', () => {
    const file = safetensorsFile(
      { __metadata__: { format: 'pt' }, e: { dtype: 'I8', shape: [2, 3], data_offsets: [0, 6] } },
      new Uint8Array(Int8Array.of(1, -2, 3, -4, 5, -6).buffer),
    );
    const e = parseSafetensors(file).get('e')!;
    expect(e.shape).toEqual([2, 3]);
    expect([...new Int8Array(e.bytes.buffer, e.bytes.byteOffset, 6)]).toEqual([
      1, -2, 3, -4, 5, -6,
    ]);
  });

  it('rejects sizes that do not match the shape, and truncated files', () => {
    const bad = safetensorsFile(
      { e: { dtype: 'F32', shape: [2], data_offsets: [0, 4] } },
      new Uint8Array(4),
    );
    expect(() => parseSafetensors(bad)).toThrow(/needs 8 bytes/);
    expect(() => parseSafetensors(new Uint8Array(4))).toThrow(/shorter than/);
  });
});

describe('the converted default model', () => {
  it('gives every token its source row, normalised, and keeps the row norm as the query weight', async () => {
    const source = parseSafetensors(readFileSync(join(SOURCE, 'model.safetensors'))).get(
      'embeddings',
    )!;
    const rows = new Int8Array(
      source.bytes.buffer,
      source.bytes.byteOffset,
      source.bytes.byteLength,
    );
    const model = await loadModel(DEFAULT_MODEL_DIR, { threads: 1 });
    const q = await model.encodeQuery('wireless headphones');
    q.tokens.forEach((token, i) => {
      const row = Array.from(rows.subarray(token.id * 128, (token.id + 1) * 128));
      const norm = Math.hypot(...row);
      expect(q.weights![i]).toBeCloseTo(norm, 3);
      row.forEach((v, k) => expect(q.Q[i * 128 + k]).toBeCloseTo(v / norm, 6));
    });
    await model.close();
  });

  it('is small: the int8 table plus a few bytes of graph', () => {
    expect(statSync(join(DEFAULT_MODEL_DIR, 'model.onnx')).size).toBeLessThan(29528 * 128 + 10_000);
  });

  it('is what scripts/convertPotion.ts produces', () => {
    const target = join(scratch, 'potion');
    const script = fileURLToPath(new URL('../scripts/convertPotion.ts', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', script, SOURCE, target], { stdio: 'pipe' });
    for (const file of [
      'model.onnx',
      'tokenizer.json',
      'colbert.json',
      'LICENSE',
      'PROVENANCE.md',
    ]) {
      expect(
        readFileSync(join(target, file)).equals(readFileSync(join(DEFAULT_MODEL_DIR, file))),
        file,
      ).toBe(true);
    }
  });
});
