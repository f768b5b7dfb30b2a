// Writes a complete model directory around a random BERT graph: model.onnx, the default model's
// WordPiece tokenizer.json plus BERT's [unused0]/[unused1] markers, and a ColBERT colbert.json.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MODEL_DIR } from '../model/defaultModelDir.ts';
import type { BertShape } from './bertShape.ts';
import { randomBertGraph } from './bertGraph.ts';

interface AddedToken {
  id: number;
  content: string;
  single_word: boolean;
  lstrip: boolean;
  rstrip: boolean;
  normalized: boolean;
  special: boolean;
}

interface TokenizerJson {
  added_tokens: AddedToken[];
  model: { vocab: Record<string, number> };
}

/** The default tokenizer with ColBERT's markers appended as special tokens. */
function tokenizerWithMarkers(): TokenizerJson {
  const json = JSON.parse(
    readFileSync(join(DEFAULT_MODEL_DIR, 'tokenizer.json'), 'utf8'),
  ) as TokenizerJson;
  let next = Object.keys(json.model.vocab).length;
  for (const content of ['[unused0]', '[unused1]']) {
    json.model.vocab[content] = next;
    const marker = { id: next++, content, single_word: false, lstrip: false, rstrip: false };
    json.added_tokens.push({ ...marker, normalized: false, special: true });
  }
  return json;
}

/** Writes model.onnx, tokenizer.json and colbert.json for `shape` into `directory`. */
export function writeRandomBertModel(
  directory: string,
  shape: BertShape,
  name = 'random-bert',
): void {
  const tokenizer = tokenizerWithMarkers();
  const vocab = Object.keys(tokenizer.model.vocab).length;
  if (shape.vocabSize < vocab)
    throw new RangeError(`vocabSize ${shape.vocabSize} < the tokenizer's ${vocab} ids`);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'model.onnx'), randomBertGraph(shape));
  writeFileSync(join(directory, 'tokenizer.json'), JSON.stringify(tokenizer));
  const config = {
    name,
    kind: 'contextual',
    dim: shape.dim,
    query: { maxLength: 32 },
    document: { maxLength: Math.min(180, shape.maxPositions) },
  };
  writeFileSync(join(directory, 'colbert.json'), JSON.stringify(config, null, 2) + '\n');
}

/**
 * A model directory for `shape` under the OS temp folder, generated on first use and reused
 * afterwards (written to a scratch folder and renamed, so a half-written model is never seen).
 */
export function randomBertModelDir(shape: BertShape): string {
  const key = [
    shape.layers,
    shape.hidden,
    shape.heads,
    shape.intermediate,
    shape.vocabSize,
    shape.maxPositions,
    shape.dim,
    shape.seed,
  ].join('-');
  const directory = join(tmpdir(), 'shopsearch-colbert-models', `random-bert-${key}`);
  if (existsSync(join(directory, 'colbert.json'))) return directory;
  const scratch = `${directory}.${process.pid}.${Date.now()}`;
  writeRandomBertModel(scratch, shape, `random-bert-${key}`);
  try {
    renameSync(scratch, directory);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(join(directory, 'colbert.json'))) throw error; // lost a race to a finished copy otherwise
  }
  return directory;
}
