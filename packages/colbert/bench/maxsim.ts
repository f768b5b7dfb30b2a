// MaxSim kernels side by side: 200 candidates × 32 query tokens × 64 document tokens × 128 dims,
// random unit vectors. Every kernel is first checked against the textbook reference. Usage:
//   npx tsx packages/colbert/bench/maxsim.ts
import {
  DEFAULT_MODEL_DIR,
  distinctTokenIds,
  getCodec,
  loadModel,
  MaxSimScorer,
  maxSimReference,
  packFloat32,
  type CandidateBatch,
} from '../src/index.ts';
import { tokenIdMaxSim } from '../src/scoring/tokenIdMaxSim.ts';
import { VocabularySimilarity } from '../src/scoring/vocabularySimilarity.ts';
import { seededRandom } from '@shopsearch/eval';
import { maxAbsDifference, randomDocs, randomQuery } from '../test/helpers/vectors.ts';
import { blockedJsMaxSim } from './kernels/blockedJsMaxSim.ts';
import { WasmSimdMaxSim } from './kernels/wasmSimdMaxSim.ts';
import { describeMachine, ms, timeSideBySide, type Contender } from './timing.ts';

const K = 200, Lq = 32, Ld = 64, dim = 128; // prettier-ignore
const machine = describeMachine();
const q = randomQuery(1, Lq, dim);
const docs = randomDocs(2, Array(K).fill(Ld), dim);
const float32 = packFloat32(docs, dim);
const reference = maxSimReference(q, docs);

// Token-id path: documents made of random ids of the default model's vocabulary (no repeats to
// exploit beyond chance: the worst case for it), scored against the model's table.
const model = await loadModel(DEFAULT_MODEL_DIR, { threads: 2 });
const random = seededRandom(3);
const tokenIds = Int32Array.from({ length: K * Ld }, () => Math.floor(random() * model.vocabSize));
const tokenIdBatch: CandidateBatch = {
  codec: 'tokenid',
  dim,
  offsets: float32.offsets,
  tokenIds,
  table: model.tokenTable!,
  distinct: distinctTokenIds(float32.offsets, tokenIds), // as the codec's pack builds it, once
};
const tokenIdDocs = Array.from({ length: K }, (_, k) => ({
  D: model.tokenVectors(tokenIds.subarray(k * Ld, (k + 1) * Ld)),
  length: Ld,
  dim,
}));
const tokenIdReference = maxSimReference(q, tokenIdDocs);

// A static model's query is rows of the same table, so the default path scores it from its
// tokens' vocabulary rows: warm (the rows cached, a shop's steady state) and cold (all computed).
const queryIds = Array.from({ length: Lq }, () => Math.floor(random() * model.vocabSize));
const staticQ = { Q: model.tokenVectors(queryIds), length: Lq, dim, weights: null };
const staticQuery = {
  ...staticQ,
  tokens: queryIds.map((id) => ({ id, text: '', start: -1, end: -1 })),
};
const staticReference = maxSimReference(staticQ, tokenIdDocs);
const uncachedRows = new VocabularySimilarity(model.tokenTable!, dim, { maxBytes: 1, threads: 2 });
const coldVocabulary = async () =>
  tokenIdMaxSim(await uncachedRows.rowsOf(queryIds), null, tokenIdBatch, false);

const pack = (name: 'float16' | 'int8') => {
  const codec = getCodec(name);
  const stored = docs.map((d) => ({
    bytes: codec.encode({ ...d, tokenIds: new Int32Array(0), tokens: [] }),
    tokenCount: d.length,
  }));
  return {
    batch: codec.pack(stored, dim),
    decoded: stored.map((s) => ({
      D: codec.decode(s.bytes, s.tokenCount, dim),
      length: s.tokenCount,
      dim,
    })),
  };
};
const float16 = pack('float16');
const int8 = pack('int8');

const wasm = new WasmSimdMaxSim();
const wasmAt = wasm.load(q, float32);
const ort1 = new MaxSimScorer({ threads: 1 });
const ort2 = new MaxSimScorer({ threads: 2 });

/** The ONNX Runtime graph scoring `batch` for `query`, checked against `expected`. */
function onnxGraph(
  name: string,
  scorer: MaxSimScorer,
  [query, batch, options]: Parameters<MaxSimScorer['rerankByMaxSim']>,
  expected: ArrayLike<number>,
) {
  return {
    name: `ONNX Runtime graph, ${name}`,
    run: () => scorer.rerankByMaxSim(query, batch, options),
    check: async () =>
      maxAbsDifference((await scorer.rerankByMaxSim(query, batch, options)).scores, expected),
  };
}

const contenders: (Contender & { check: () => Promise<number> | number })[] = [
  {
    name: 'naive nested loops (maxSimReference)',
    run: () => maxSimReference(q, docs),
    blocks: 12,
    check: () => 0,
  },
  {
    name: 'register-blocked TypeScript (4×2)',
    run: () => blockedJsMaxSim(q, float32),
    blocks: 30,
    check: () => maxAbsDifference(blockedJsMaxSim(q, float32), reference),
  },
  {
    name: 'WebAssembly SIMD (2×4, data already in wasm memory)',
    run: () => wasm.score(q, float32, wasmAt),
    check: () => maxAbsDifference(wasm.score(q, float32, wasmAt), reference),
  },
  {
    name: 'WebAssembly SIMD + copying Q and D into wasm memory',
    run: () => wasm.score(q, float32, wasm.load(q, float32)),
    check: () => 0,
  },
  onnxGraph('float32, 1 thread', ort1, [q, float32], reference),
  onnxGraph('float32, 2 threads (default)', ort2, [q, float32], reference),
  onnxGraph('float32, 2 threads, explain', ort2, [q, float32, { explain: true }], reference),
  onnxGraph(
    'float16 rows, 2 threads',
    ort2,
    [q, float16.batch],
    maxSimReference(q, float16.decoded),
  ),
  onnxGraph('int8 rows, 2 threads', ort2, [q, int8.batch], maxSimReference(q, int8.decoded)),
  onnxGraph('token ids (random), 2 threads', ort2, [q, tokenIdBatch], tokenIdReference),
  onnxGraph('token ids, static query, 2 threads', ort2, [staticQ, tokenIdBatch], staticReference),
  {
    name: 'token ids, static query: vocabulary rows cached (default path)',
    run: () => model.rerankByMaxSim(staticQuery, tokenIdBatch),
    check: async () =>
      maxAbsDifference(
        (await model.rerankByMaxSim(staticQuery, tokenIdBatch)).scores,
        staticReference,
      ),
  },
  {
    name: 'token ids, static query: all 32 vocabulary rows computed (cold)',
    run: coldVocabulary,
    check: async () => maxAbsDifference((await coldVocabulary()).scores, staticReference),
  },
];

console.log(
  `MaxSim: ${K} candidates × ${Lq} query tokens × ${Ld} document tokens × ${dim} dims; ${machine}`,
);
const errors = await Promise.all(contenders.map((c) => c.check()));
const timings = await timeSideBySide(contenders, 60);
const naive = timings[0]!.p50;
console.log(
  '| kernel | p50 ms | p10 ms | p90 ms | quiet blocks kept | speed-up vs naive (p50) | max abs error vs reference |',
);
console.log('|---|---|---|---|---|---|---|');
timings.forEach((t, i) => {
  const error = i === 0 ? '(reference)' : i === 3 ? '(as above)' : errors[i]!.toExponential(1);
  console.log(
    `| ${t.name} | ${ms(t.p50)} | ${ms(t.p10)} | ${ms(t.p90)} | ${t.blocksKept}/${t.blocks} | ${(naive / t.p50).toFixed(0)}× | ${error} |`,
  );
});
await Promise.all([ort1.close(), ort2.close(), uncachedRows.close(), model.close()]);
