// Model directories that share the default model's ONNX graph and tokenizer but differ in
// colbert.json, for experiments on settings (written to the OS temp folder).
import { mkdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MODEL_DIR } from '../src/index.ts';
import { potionConfig } from '../scripts/potionConfig.ts';

type Config = ReturnType<typeof potionConfig>;

export function variantModelDir(name: string, change: (config: Config) => void): string {
  const directory = join(tmpdir(), 'shopsearch-colbert-variants', name);
  mkdirSync(directory, { recursive: true });
  for (const file of ['model.onnx', 'tokenizer.json']) {
    if (!existsSync(join(directory, file)))
      symlinkSync(join(DEFAULT_MODEL_DIR, file), join(directory, file));
  }
  const config = structuredClone(potionConfig(128));
  change(config);
  writeFileSync(join(directory, 'colbert.json'), JSON.stringify({ ...config, name }, null, 2));
  return directory;
}
