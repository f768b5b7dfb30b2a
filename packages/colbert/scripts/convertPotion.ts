// Converts potion-base-4m-int8 (model2vec: int8 safetensors + WordPiece tokenizer.json) into a
// model directory the encoder loads like any other. Usage:
//   npx tsx packages/colbert/scripts/convertPotion.ts [sourceDir] [targetDir]
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
  throw new Error(
    `${source}: expected an int8 matrix "embeddings", found ${[...tensors.keys()].join(', ')}`,
  );
}
const [vocabSize, dim] = embeddings.shape as [number, number];
const tokenizer = JSON.parse(readFileSync(join(source, 'tokenizer.json'), 'utf8')) as {
  model: { vocab: object };
};
if (Object.keys(tokenizer.model.vocab).length !== vocabSize) {
  throw new Error(
    `tokenizer.json has ${Object.keys(tokenizer.model.vocab).length} tokens, embeddings ${vocabSize} rows`,
  );
}

const table = new Int8Array(
  embeddings.bytes.buffer,
  embeddings.bytes.byteOffset,
  embeddings.bytes.byteLength,
);
mkdirSync(target, { recursive: true });
const from = relative(repoRoot, source);
writeFileSync(
  join(target, 'model.onnx'),
  staticModelGraph(table, vocabSize, dim, `Converted from ${from}`),
);
copyFileSync(join(source, 'tokenizer.json'), join(target, 'tokenizer.json'));
copyFileSync(join(source, 'LICENSE'), join(target, 'LICENSE'));
writeFileSync(join(target, 'colbert.json'), JSON.stringify(potionConfig(dim), null, 2) + '\n');
writeFileSync(join(target, 'PROVENANCE.md'), provenance(from, vocabSize, dim));
console.log(`wrote ${relative(repoRoot, target)}: [${vocabSize}, ${dim}] int8 table from ${from}`);

function provenance(sourceDir: string, rows: number, width: number): string {
  return `# potion-base-4m (the default static model)

Converted from \`${sourceDir}\` (Model2Vec potion-base-4m-int8, distilled from bge-base-en-v1.5 by
The Minish Lab; see its PROVENANCE.md) by \`packages/colbert/scripts/convertPotion.ts\`. Regenerate with
\`npx tsx packages/colbert/scripts/convertPotion.ts\`; the package tests check that the output is
byte-identical to these files.

- \`model.onnx\`: the int8 matrix \`embeddings\` [${rows}, ${width}] of \`model.safetensors\`, unchanged, as the
  initializer \`token_table\`. Graph: \`Gather(token_table, input_ids)\` → \`Cast\` to float32 → × attention_mask
  → output \`embeddings\` float32 [batch, seq, ${width}]; inputs \`input_ids\`, \`attention_mask\` int64
  [batch, seq], the contract every encoder honours. No scale is stored: cosine similarity is scale-free,
  and a row's norm (in int8 units) is the token's learned importance, used as its query weight.
- \`tokenizer.json\`: copied unchanged (BERT WordPiece, lowercasing; no [unused0]/[unused1]).
- \`colbert.json\`: written by the script from \`scripts/potionConfig.ts\`; the settings were measured with
  \`packages/colbert/bench/staticSettings.ts\` (BENCHMARKS.md, "Late-interaction engine").
- \`LICENSE\`: copied unchanged (MIT, The Minish Lab).
`;
}
