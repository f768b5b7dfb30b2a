// Stored-vector codecs on real candidates. For each Icecat dev query the candidates are the
// default model's top-200 products (brute-force MaxSim over the whole catalog, as a first stage
// would supply them). Each reranking model stores them with each codec, re-scores them from the
// packed bytes, and the ranking is compared with its own float32 ranking. Usage:
//   npx tsx packages/colbert/bench/codecs.ts
import {
  CODEC_NAMES,
  DEFAULT_MODEL_DIR,
  distinctTokenIds,
  getCodec,
  loadModel,
  offsetsOf,
  type ColbertModel,
  type EncodedDocument,
  type TokenIdBatch,
} from '../src/index.ts';
import { randomBertModelDir } from '../src/testing/index.ts';
import { productText, readCatalog, readJudgments, type Product } from './icecat.ts';
import { mean, ndcgAt, topK } from './ndcg.ts';
import { describeMachine, ms, timeSideBySide } from './timing.ts';

const CANDIDATES = 200;
/** A contextual encoder with dim 128 whose vectors differ per context (random weights, no meaning). */
const CONTEXTUAL = { layers: 2, hidden: 128, heads: 4, intermediate: 512, vocabSize: 30522, maxPositions: 512, dim: 128, seed: 7 }; // prettier-ignore

const machine = describeMachine();
const catalog = await readCatalog();
const judgments = readJudgments();
const queries = [...judgments.keys()];

/** The default model's top-200 per query over the whole catalog (token-id kernel = float32 scores). */
async function firstStage(model: ColbertModel): Promise<number[][]> {
  const ids = catalog.map((p) => model.tokenizeDocument(productText(p)).tokenIds);
  const tokenIds = new Int32Array(ids.reduce((n, a) => n + a.length, 0));
  ids.reduce((at, a) => (tokenIds.set(a, at), at + a.length), 0);
  const offsets = offsetsOf(ids.map((a) => a.length));
  const batch: TokenIdBatch = {
    codec: 'tokenid',
    dim: 128,
    offsets,
    tokenIds,
    table: model.tokenTable!,
    distinct: distinctTokenIds(offsets, tokenIds), // once, not again for every query scored
  };
  const candidates: number[][] = [];
  for (const query of queries) {
    const { scores } = await model.rerankByMaxSim(await model.encodeQuery(query), batch);
    candidates.push(topK(scores, CANDIDATES));
  }
  return candidates;
}

/** nDCG@10 against the float32 top-10 graded by float32 rank (10 for the first … 1 for the tenth), linear gain. */
function fidelity(ranking: readonly number[], truth: readonly number[]): number {
  const grade = new Map(truth.slice(0, 10).map((doc, rank) => [doc, 10 - rank]));
  const dcg = (rels: number[]) =>
    rels.slice(0, 10).reduce((s, rel, i) => s + rel / Math.log2(i + 2), 0);
  return dcg(ranking.map((d) => grade.get(d) ?? 0)) / dcg([...grade.values()]);
}

async function compareCodecs(
  title: string,
  model: ColbertModel,
  candidates: number[][],
  judged: boolean,
) {
  const { dim } = model.config;
  const needed = [...new Set(candidates.flat())];
  const encoded = new Map<number, EncodedDocument>();
  const docs = await model.encodeDocuments(needed.map((i) => productText(catalog[i] as Product)));
  docs.forEach((doc, n) => encoded.set(needed[n]!, doc));
  const tokenCount = docs.reduce((n, d) => n + d.length, 0);
  const encodedQueries = await Promise.all(queries.map((query) => model.encodeQuery(query)));
  const names = CODEC_NAMES.filter((name) => name !== 'tokenid' || model.tokenTable);

  const packed = names.map((name) => {
    const codec = getCodec(name, model);
    const stored = (i: number) => ({
      bytes: codec.encode(encoded.get(i)!),
      tokenCount: encoded.get(i)!.length,
    });
    return { codec, batches: candidates.map((docs) => codec.pack(docs.map(stored), dim)) };
  });
  const scores: Float32Array[][] = [];
  for (const { batches } of packed) {
    const perQuery: Float32Array[] = [];
    for (const [n, q] of encodedQueries.entries())
      perQuery.push((await model.rerankByMaxSim(q, batches[n]!)).scores);
    scores.push(perQuery);
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
    40,
  );

  console.log(`\n${title}: ${queries.length} queries × top-${CANDIDATES} candidates (${encoded.size} distinct products, ${tokenCount} stored tokens, dim ${dim}); ${describeMachine()}`); // prettier-ignore
  console.log('| codec | bytes per token | fidelity nDCG@10 vs float32 | top-10 overlap | judged nDCG@10 of the rerank | max relative score error | scoring p50 ms (one query × 200) |'); // prettier-ignore
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
    const ndcg = rankings[c]!.map((r, n) =>
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
      judged ? mean(ndcg).toFixed(4) : 'n/a (random weights)',
      Math.max(...relativeErrors).toExponential(1),
      `${ms(timings[c]!.p50)} (${timings[c]!.blocksKept}/${timings[c]!.blocks} quiet blocks)`,
    ];
    console.log(`| ${codec.name} | ${cells.join(' | ')} |`);
  });
}

console.log(`Codecs; ${machine}`);
const potion = await loadModel(DEFAULT_MODEL_DIR, { threads: 2 });
const candidates = await firstStage(potion);
await compareCodecs('Default static model (potion-base-4m)', potion, candidates, true);
await potion.close();
const contextual = await loadModel(randomBertModelDir(CONTEXTUAL), { threads: 2 });
await compareCodecs(
  'Contextual encoder with random weights (2 layers, hidden 128, dim 128)',
  contextual,
  candidates,
  false,
);
await contextual.close();
