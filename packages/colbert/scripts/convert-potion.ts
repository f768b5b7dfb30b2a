// Converts potion-base-4m-int8 (model2vec: int8 safetensors + WordPiece tokenizer.json) into a
// model directory the encoder loads like any other. Usage:
//   npx tsx packages/colbert/scripts/convert-potion.ts [sourceDir] [targetDir]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSafetensors } from './safetensors.ts';
import { staticModelGraph } from './staticModelGraph.ts';
import { potionConfig } from './potionConfig.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const source = resolve(process.argv[2] ?? join(repoRoot, 'models/source/potion-base-4m-int8'));
const target = resolve(process.argv[3] ?? join(repoRoot, 'models/potion-base-4m'));

const tensors = parseSafetensors(readFileSync(join(source, 'model.safetensors')));
const embeddings = tensors.get('embeddings');
if (!embeddings || embeddings.dtype !== 'I8' || embeddings.shape.length !== 2) {
  throw new Error(`${source}: expected an int8 matrix "embeddings", found ${[...tensors.keys()].join(', ')}`);
}
const [vocabSize, dim] = embeddings.shape as [number, number];
const tokenizer = JSON.parse(readFileSync(join(source, 'tokenizer.json'), 'utf8')) as { model: { vocab: object } };
if (Object.keys(tokenizer.model.vocab).length !== vocabSize) {
  throw new Error(`tokenizer.json has ${Object.keys(tokenizer.model.vocab).length} tokens, embeddings ${vocabSize} rows`);
}

const table = new Int8Array(embeddings.bytes.buffer, embeddings.bytes.byteOffset, embeddings.bytes.byteLength);
mkdirSync(target, { recursive: true });
const from = relative(repoRoot, source);
writeFileSync(join(target, 'model.onnx'), staticModelGraph(table, vocabSize, dim, `Converted from ${from}`));
copyFileSync(join(source, 'tokenizer.json'), join(target, 'tokenizer.json'));
copyFileSync(join(source, 'LICENSE'), join(target, 'LICENSE'));
writeFileSync(join(target, 'colbert.json'), JSON.stringify(potionConfig(dim), null, 2) + '\n');
console.log(`wrote ${relative(repoRoot, target)}: [${vocabSize}, ${dim}] int8 table from ${from}`);
