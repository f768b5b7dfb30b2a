// Query latency and document throughput of the encoders: the default static model and a random
// BERT shaped like answerai-colbert-small-v1 (12 layers, hidden 384, 12 heads, 1536, dim 96).
// Usage: npx tsx packages/colbert/bench/encoding.ts
import { DEFAULT_MODEL_DIR, loadModel, NOT_IN_TEXT, type ColbertModel } from '../src/index.ts';
import { ANSWERAI_SMALL_SHAPE, randomBertModelDir } from '../src/testing/index.ts';
import { productText, readCatalog, readJudgments } from './icecat.ts';
import { describeMachine, ms, timeSideBySide } from './timing.ts';

const machine = describeMachine();
const queries = [...readJudgments().keys()];
const catalogTexts = (await readCatalog()).map(productText);

/** Catalog texts run together and cut so that each encodes to exactly `tokens` tokens. */
function documentsOf(model: ColbertModel, tokens: number, count: number): string[] {
  const frame = model.tokenizeDocument('').inputIds.length; // [CLS] [D] [SEP] or nothing
  const texts: string[] = [];
  for (let i = 0; texts.length < count; i += 3) {
    // Punctuation is replaced so every token is kept: inputs and rows are the same 64 tokens.
    const text = catalogTexts
      .slice(i, i + 3)
      .join(' ')
      .replace(/[!-/:-@[-`{-~]/g, ' ');
    const fromText = model.tokenizeDocument(text).tokens.filter((t) => t.start !== NOT_IN_TEXT);
    const last = fromText[tokens - frame - 1];
    if (last) texts.push(text.slice(0, last.end));
  }
  return texts;
}

/** Documents per second over chunks of `texts` (median over quiet blocks). */
async function documentsPerSecond(
  model: ColbertModel,
  texts: string[],
  chunk: number,
): Promise<number> {
  let turn = 0;
  const chunks = Array.from({ length: Math.ceil(texts.length / chunk) }, (_, i) =>
    texts.slice(i * chunk, (i + 1) * chunk),
  );
  const [timing] = await timeSideBySide(
    [
      {
        name: 'documents',
        run: () => model.encodeDocuments(chunks[turn++ % chunks.length]!),
        perBlock: 1,
      },
    ],
    12,
  );
  return chunk / (timing!.p50 / 1000);
}

console.log(`Encoders; ${machine}`);
console.log(
  '| model | threads | query p50 ms (p10–p90) | document length (tokens) | documents/s (p50 over quiet blocks) |',
);
console.log('|---|---|---|---|---|');
const models = [
  { name: 'potion-base-4m (default, static)', dir: DEFAULT_MODEL_DIR, docs: 4000 },
  {
    name: 'random BERT, answerai-colbert-small-v1 shape',
    dir: randomBertModelDir(ANSWERAI_SMALL_SHAPE),
    docs: 200,
  },
];
for (const { name, dir, docs } of models) {
  for (const threads of [1, 2]) {
    const model = await loadModel(dir, { threads, queryCacheSize: 0 });
    let turn = 0;
    const [query] = await timeSideBySide(
      [{ name, run: () => model.encodeQuery(queries[turn++ % queries.length]!) }],
      50,
    );
    const texts = documentsOf(model, 64, docs);
    const lengths = new Set(texts.map((t) => model.tokenizeDocument(t).inputIds.length));
    const rate = await documentsPerSecond(model, texts, docs / 4);
    console.log(
      `| ${name} | ${threads} | ${ms(query!.p50)} (${ms(query!.p10)}–${ms(query!.p90)}) | ${[...lengths].join(', ')} | ${rate.toFixed(0)} |`,
    );
    await model.close();
  }
}
