// Stored-vector codecs on real candidates: for each Icecat dev query, the default model's top-200
// products (brute-force MaxSim over the whole catalog) are stored with each codec, re-scored from
// the packed bytes, and compared with the float32 ranking. Usage:
//   npx tsx packages/colbert/bench/codecs.ts
import {
  CODEC_NAMES,
  DEFAULT_MODEL_DIR,
  getCodec,
  loadModel,
  offsetsOf,
  type EncodedDocument,
  type TokenIdBatch,
} from '../src/index.ts';
import { productText, readCatalog, readJudgments } from './icecat.ts';
import { mean, ndcgAt, topK } from './ndcg.ts';
import { describeMachine, ms, timeSideBySide } from './timing.ts';

const CANDIDATES = 200;
const machine = describeMachine();
const model = await loadModel(DEFAULT_MODEL_DIR, { threads: 2 });
const { dim } = model.config;
const catalog = await readCatalog();
const judgments = readJudgments();

// Whole-catalog ranking per query with the token-id kernel (exactly the float32 scores).
const ids = catalog.map((p) => model.tokenizeDocument(productText(p)).tokenIds);
const tokenIds = new Int32Array(ids.reduce((n, a) => n + a.length, 0));
ids.reduce((at, a) => (tokenIds.set(a, at), at + a.length), 0);
const wholeCatalog: TokenIdBatch = {
  codec: 'tokenid',
  dim,
  offsets: offsetsOf(ids.map((a) => a.length)),
  tokenIds,
  table: model.tokenTable!,
};
const queries = [...judgments.keys()];
const encodedQueries = await Promise.all(queries.map((query) => model.encodeQuery(query)));
const candidates: number[][] = [];
for (const q of encodedQueries)
  candidates.push(topK((await model.rerankByMaxSim(q, wholeCatalog)).scores, CANDIDATES));

const needed = [...new Set(candidates.flat())];
const encoded = new Map<number, EncodedDocument>();
(await model.encodeDocuments(needed.map((i) => productText(catalog[i]!)))).forEach((doc, n) =>
  encoded.set(needed[n]!, doc),
);
const tokenCount = [...encoded.values()].reduce((n, d) => n + d.length, 0);

/** nDCG@10 of `ranking` against the float32 top-10, graded by float32 rank (10 for the first … 1 for the tenth), linear gain. */
function fidelity(ranking: readonly number[], truth: readonly number[]): number {
  const grade = new Map(truth.slice(0, 10).map((doc, rank) => [doc, 10 - rank]));
  const dcg = (rels: number[]) =>
    rels.slice(0, 10).reduce((s, rel, i) => s + rel / Math.log2(i + 2), 0);
  return dcg(ranking.map((d) => grade.get(d) ?? 0)) / dcg([...grade.values()]);
}

const packed = CODEC_NAMES.map((name) => {
  const codec = getCodec(name, model);
  const stored = (i: number) => ({
    bytes: codec.encode(encoded.get(i)!),
    tokenCount: encoded.get(i)!.length,
  });
  return { codec, batches: candidates.map((docs) => codec.pack(docs.map(stored), dim)) };
});
const scores: Float32Array[][] = [];
for (const { batches } of packed) {
  scores.push(
    await Promise.all(
      encodedQueries.map(async (q, n) => (await model.rerankByMaxSim(q, batches[n]!)).scores),
    ),
  );
}
const rankings = scores.map((perQuery) =>
  perQuery.map((s, n) => topK(s, CANDIDATES).map((i) => candidates[n]![i]!)),
);
const [float32Scores, float32Rankings] = [scores[0]!, rankings[0]!];

// Latency of one query × 200 candidates, queries taken in turn, codecs side by side.
const turns = packed.map(() => 0);
const timings = await timeSideBySide(
  packed.map(({ codec, batches }, c) => ({
    name: codec.name,
    run: () => {
      const n = turns[c]!++ % queries.length;
      return model.rerankByMaxSim(encodedQueries[n]!, batches[n]!);
    },
  })),
  60,
);

console.log(
  `Codecs on ${queries.length} queries × top-${CANDIDATES} candidates (${encoded.size} distinct products, ` +
    `${tokenCount} stored tokens, dim ${dim}); ${machine}`,
);
console.log(
  '| codec | bytes per token | fidelity nDCG@10 vs float32 | top-10 overlap | judged nDCG@10 of the rerank | max relative score error | scoring p50 ms (one query × 200) |',
);
console.log('|---|---|---|---|---|---|---|');
packed.forEach(({ codec }, c) => {
  const relativeErrors = scores[c]!.flatMap((s, n) =>
    [...s].map(
      (v, i) =>
        Math.abs(v - float32Scores[n]![i]!) / Math.max(1e-9, Math.abs(float32Scores[n]![i]!)),
    ),
  );
  const top10 = (r: number[]) => r.slice(0, 10);
  const overlap = rankings[c]!.map(
    (r, n) => top10(r).filter((d) => top10(float32Rankings[n]!).includes(d)).length / 10,
  );
  const judged = rankings[c]!.map((r, n) =>
    ndcgAt(
      10,
      r.map((i) => catalog[i]!.id),
      judgments.get(queries[n]!)!,
    ),
  );
  const cells = [
    codec.bytesPerToken(dim),
    mean(rankings[c]!.map((r, n) => fidelity(r, float32Rankings[n]!))).toFixed(4),
    mean(overlap).toFixed(3),
    mean(judged).toFixed(4),
    Math.max(...relativeErrors).toExponential(1),
    ms(timings[c]!.p50),
  ];
  console.log(`| ${codec.name} | ${cells.join(' | ')} |`);
});
await model.close();
