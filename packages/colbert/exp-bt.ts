import { loadModel } from './src/index.ts';
import { ANSWERAI_SMALL_SHAPE, randomBertModelDir } from './src/testing/index.ts';
import { readFileSync } from 'node:fs';
const dir = randomBertModelDir(ANSWERAI_SMALL_SHAPE);
const texts = Array.from({ length: 128 }, (_, i) => Array.from({ length: 61 }, (_, j) => ['usb', 'cable', 'black', 'laptop', 'bag', 'mouse', 'wireless'][(i + j) % 7]).join(' '));
const ld = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
for (const bt of [1024, 4096, 8192]) {
  const m = await loadModel(dir, { threads: 2, batchTokens: bt });
  await m.encodeDocuments(texts.slice(0, 8));
  const rates = [];
  for (let r = 0; r < 3; r++) { const t0 = performance.now(); await m.encodeDocuments(texts); rates.push(128 / ((performance.now() - t0) / 1000)); }
  console.log(bt, rates.map((x) => x.toFixed(1)).join(' '), 'load', ld());
  await m.close();
}
