// Writes a synthetic catalog of believable Icecat variants (catalog/catalogVariants.ts) as JSON
// Lines, importable with `npm run cli -- import <file> --store <slug>`.
// Run: npm run generate-catalog -w @shopsearch/bench -- --products 200000 --out /tmp/200k.jsonl
//      (--seed, default 1; the same seed writes the same bytes)
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalogLines } from './catalog/catalogVariants.ts';
import { readIcecatRecords } from './icecatRecords.ts';

const { values } = parseArgs({
  options: {
    products: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const products = Number(values.products);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(products) || products < 1 || !Number.isInteger(seed))
  throw new Error('usage: --products <n ≥ 1> --seed <integer> --out <file.jsonl>');

const records = await readIcecatRecords();
const out = createWriteStream(values.out);
let bytes = 0;
for (const line of catalogLines(records, seed, products)) {
  bytes += Buffer.byteLength(line);
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
console.log(
  `${products} products (${records.length} Icecat records, seed ${seed}), ${(bytes / 1e6).toFixed(1)} MB → ${values.out}`,
);
