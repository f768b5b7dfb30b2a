import {
  DEFAULT_MODEL_DIR,
  loadModel,
  MaxSimScorer,
  packFloat32,
  type CandidateBatch,
} from './src/index.ts';
import { seededRandom } from './src/testing/seededRandom.ts';
import { randomQuery } from './test/helpers/vectors.ts';
const model = await loadModel(DEFAULT_MODEL_DIR, { threads: 2 });
const random = seededRandom(3);
const K = 200,
  Ld = 64,
  dim = 128;
const tokenIds = Int32Array.from({ length: K * Ld }, () => Math.floor(random() * model.vocabSize));
const offsets = Int32Array.from({ length: K + 1 }, (_, k) => k * Ld);
const tb: CandidateBatch = { codec: 'tokenid', dim, offsets, tokenIds, table: model.tokenTable! };
const fb = packFloat32(
  Array.from({ length: K }, (_, k) => ({
    D: model.tokenVectors(tokenIds.subarray(k * Ld, (k + 1) * Ld)),
    length: Ld,
    dim,
  })),
  dim,
);
const q = randomQuery(1, 32, dim);
const s = new MaxSimScorer({ threads: 2 });
const t = { f: [] as number[], t: [] as number[] };
for (let r = 0; r < 300; r++) {
  let t0 = performance.now();
  await s.rerankByMaxSim(q, fb);
  t.f.push(performance.now() - t0);
  t0 = performance.now();
  await s.rerankByMaxSim(q, tb);
  t.t.push(performance.now() - t0);
}
for (const [k, v] of Object.entries(t)) {
  v.sort((a, b) => a - b);
  console.log(k, 'p10', v[30]!.toFixed(3), 'p50', v[150]!.toFixed(3));
}
await s.close();
await model.close();
