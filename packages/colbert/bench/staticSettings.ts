// Which colbert.json settings suit the static default model? Brute-force MaxSim over the whole
// Icecat catalog for each judged dev query, nDCG@10 per setting. Usage:
//   npx tsx packages/colbert/bench/staticSettings.ts
import {
  distinctTokenIds,
  loadModel,
  offsetsOf,
  type ColbertModel,
  type TokenIdBatch,
} from '../src/index.ts';
import { productText, readCatalog, readJudgments } from './icecat.ts';
import { mean, median, ndcgAt, tieAwareNdcgAt, topK } from './ndcg.ts';
import { variantModelDir } from './staticVariants.ts';

const VARIANTS: Record<string, Parameters<typeof variantModelDir>[1]> = {
  'text tokens only (default)': () => {},
  'text tokens, punctuation kept': (c) => void (c.document.skiplist = []),
  '[CLS] … [SEP] framing': (c) => void (c.addSpecialTokens = true),
  '[CLS] … [SEP] + [MASK] augmentation to 32': (c) => {
    c.addSpecialTokens = true;
    c.query.augmentWithMask = true;
  },
  'raw dot products (normalize: false)': (c) => void (c.normalize = false),
};

async function wholeCatalogBatch(
  model: ColbertModel,
  texts: readonly string[],
): Promise<TokenIdBatch> {
  const ids = texts.map((t) => model.tokenizeDocument(t).tokenIds);
  const tokenIds = new Int32Array(ids.reduce((n, a) => n + a.length, 0));
  ids.reduce((at, a) => (tokenIds.set(a, at), at + a.length), 0);
  const offsets = offsetsOf(ids.map((a) => a.length));
  // Distinct ids once, as the codec's pack builds them, not again for every query scored.
  const distinct = distinctTokenIds(offsets, tokenIds);
  return {
    codec: 'tokenid',
    dim: model.config.dim,
    offsets,
    tokenIds,
    table: model.tokenTable!,
    distinct,
  };
}

const catalog = await readCatalog();
const judgments = readJudgments();
const texts = catalog.map(productText);
console.log(
  `${catalog.length} products, ${judgments.size} judged queries; nDCG@10 of brute-force MaxSim over the whole catalog`,
);
console.log(
  '| setting | nDCG@10 unweighted (catalog-order ties / tie-aware) | weighted by query-token norm (same) | queries better / worse weighted (tie-aware) | queries whose top 10 is decided by ties (median products scoring ≥ the 10th) |\n|---|---|---|---|---|',
);
for (const [name, change] of Object.entries(VARIANTS)) {
  const model = await loadModel(variantModelDir(name.replace(/\W+/g, '-'), change));
  const batch = await wholeCatalogBatch(model, texts);
  const results = { unweighted: [] as number[], weighted: [] as number[] };
  const atLeastTenth: number[] = [];
  const tieAware = { unweighted: [] as number[], weighted: [] as number[] };
  for (const [query, grades] of judgments) {
    const q = await model.encodeQuery(query);
    for (const mode of ['unweighted', 'weighted'] as const) {
      const { scores } = await model.rerankByMaxSim(
        mode === 'weighted' ? q : { ...q, weights: null },
        batch,
      );
      const top = topK(scores, 10);
      results[mode].push(
        ndcgAt(
          10,
          top.map((i) => catalog[i]!.id),
          grades,
        ),
      );
      tieAware[mode].push(tieAwareNdcgAt(10, scores, (i) => catalog[i]!.id, grades));
      // Static vectors saturate: every product holding the query's exact tokens scores the same.
      if (mode === 'weighted')
        atLeastTenth.push(scores.filter((s) => s >= scores[top[9]!]!).length);
    }
  }
  const better = tieAware.weighted.filter((w, i) => w > tieAware.unweighted[i]! + 1e-9).length;
  const worse = tieAware.weighted.filter((w, i) => w < tieAware.unweighted[i]! - 1e-9).length;
  const cells = [
    `${mean(results.unweighted).toFixed(4)} / ${mean(tieAware.unweighted).toFixed(4)}`,
    `${mean(results.weighted).toFixed(4)} / ${mean(tieAware.weighted).toFixed(4)}`,
    `${better} / ${worse}`,
    `${atLeastTenth.filter((n) => n > 10).length} (median ${median(atLeastTenth)})`,
  ];
  console.log(`| ${name} | ${cells.join(' | ')} |`);
  await model.close();
}
