// Relevance of the ranking profiles on the Icecat dev judgments, reported as issue 23's honest
// evaluation asks: per configuration nDCG@10 (unjudged = grade 0), nDCG@10 on the condensed list
// (unjudged removed), the judged share of the top 10, Recall@100 and MRR@10; against lexical, the
// queries won, lost and tied on nDCG@10 with a paired randomisation p and a bootstrap interval of
// the mean difference, and how many queries' top 10 reranking left as lexical had it; the same
// difference per query class; and the hybrid settings chosen by two-fold cross-validation over
// the queries, both halves reported.
// Run: npm run quality -w @shopsearch/bench
import { readFile } from 'node:fs/promises';
import {
  comparePaired,
  parseQrelsCsv,
  twoFoldCrossValidation,
  type MetricSpec,
  type Ranking,
} from '@shopsearch/eval';
import { evaluateConfigurations, type ConfigurationEvaluation } from '@shopsearch/platform';
import {
  DEFAULT_TITLE_LENGTH_PRIOR,
  RANKING_DEFAULTS,
  toRankingProfile,
  type SearchConfiguration,
} from '@shopsearch/search';
import { firstPageRequest } from './firstPageRequest.ts';
import { icecatPlatform, JUDGMENTS_FILE } from './icecatPlatform.ts';

const METRICS: readonly MetricSpec[] = [
  { metric: 'ndcg', k: 10 },
  { metric: 'ndcg', k: 10, condensed: true },
  { metric: 'judged', k: 10 },
  { metric: 'recall', k: 100 },
  { metric: 'mrr', k: 10 },
];
const base = {
  fusion: 'weighted',
  hybridWeight: 0.5,
  titleLengthPrior: 0,
  rerankDepth: 200,
  meaningCandidates: 0,
  productTypeIntent: RANKING_DEFAULTS.productTypeIntent,
} as const;
const hybrids = [0.3, 0.5, 0.7].flatMap((w): SearchConfiguration[] =>
  [0, DEFAULT_TITLE_LENGTH_PRIOR].map((prior) => ({
    ...base,
    profile: 'hybrid',
    hybridWeight: w,
    titleLengthPrior: prior,
  })),
);
const byDefault = { ...base, hybridWeight: 0.7, titleLengthPrior: DEFAULT_TITLE_LENGTH_PRIOR };
/** Candidates by meaning beside the K, on the colbert profile and the default hybrid. */
const withMeaning = [100, 200].flatMap((meaningCandidates): SearchConfiguration[] => [
  { ...base, profile: 'colbert', meaningCandidates },
  { ...byDefault, profile: 'hybrid', meaningCandidates },
]);
/** The colbert profile and the default hybrid with product-type intent the other way. */
const otherTypeIntent: SearchConfiguration[] = [
  { ...base, profile: 'colbert', productTypeIntent: !base.productTypeIntent },
  { ...byDefault, profile: 'hybrid', productTypeIntent: !base.productTypeIntent },
];
const configurations: SearchConfiguration[] = [
  { ...base, profile: 'lexical' },
  { ...base, profile: 'colbert' },
  ...hybrids,
  { ...base, profile: 'hybrid', fusion: 'rrf' },
  ...withMeaning,
  ...otherTypeIntent,
];
/** Queries whose top 5 are printed per configuration. */
const SHOWN_QUERIES = ['laptop'];

const { platform, storeId, database } = await icecatPlatform();
const { qrels } = parseQrelsCsv(await readFile(JUDGMENTS_FILE, 'utf8'));
const results = await evaluateConfigurations(
  platform.services.search,
  storeId,
  qrels,
  configurations,
  { metrics: METRICS },
);
const brands = await platform.db.prisma.product.findMany({
  where: { storeId },
  distinct: ['brand'],
  select: { brand: true },
});
/** Top 5 titles of each shown query (judged or not) under each configuration. */
const shown = new Map<string, string[][]>();
for (const text of SHOWN_QUERIES) {
  const tops: string[][] = [];
  for (const configuration of configurations) {
    const response = await platform.services.search.search(
      firstPageRequest(storeId, text, {
        pageSize: 5,
        profile: toRankingProfile(configuration),
        rerankDepth: configuration.rerankDepth,
        meaningCandidates: configuration.meaningCandidates,
        productTypeIntent: configuration.productTypeIntent,
      }),
    );
    tops.push(response.hits.map((h) => h.product.title.slice(0, 60)));
  }
  shown.set(text, tops);
}
/** The dev queries type intent fires on (default hybrid with it on): query → type (cosine). */
const intents = new Map<string, string>();
for (const query of qrels.keys()) {
  const { productTypeIntent: intent } = await platform.services.search.search(
    firstPageRequest(storeId, query, {
      pageSize: 1,
      profile: toRankingProfile({ ...byDefault, profile: 'hybrid' }),
      rerankDepth: byDefault.rerankDepth,
      productTypeIntent: true,
    }),
  );
  if (intent)
    intents.set(query, `‘${intent.queryWord}’ → ‘${intent.productType}’ (${intent.similarity})`);
}
await platform.close();

/** Query classes the issue names: a model number or spec (a digit), a brand, one word, several. */
const brandNames = new Set(brands.map((b) => b.brand.toLowerCase()).filter(Boolean));
const classOf = (query: string) => {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  if (/\d/u.test(query)) return 'model number or spec';
  if (words.some((w) => brandNames.has(w))) return 'with a brand';
  return words.length === 1 ? 'one word' : 'several words';
};

/** Query → its nDCG@10 (the first metric), null where no judgment is relevant. */
const ndcgByQuery = (r: ConfigurationEvaluation) =>
  new Map([...r.evaluation.perQuery].map(([query, scores]) => [query, scores[0]!.value]));
const sameTop10 = (a: Ranking, b: Ranking) => {
  const [top, other] = [a.slice(0, 10), b.slice(0, 10)];
  return top.length === other.length && top.every((id, i) => id === other[i]);
};

const lexical = results[0]!;
const lexicalNdcg = ndcgByQuery(lexical);
const scored = [...lexicalNdcg].filter(([, v]) => v !== null).map(([q]) => q);
console.log(
  `Icecat dev judgments: ${qrels.size} queries, ${scored.length} with a relevant judgment (the means' queries); database ${database}`,
);
console.log(
  `| configuration | ${lexical.evaluation.labels.join(' | ')} | vs lexical on nDCG@10: won / lost / tied | mean difference [95 % bootstrap] | randomisation p | top 10 as lexical's |`,
);
console.log(`|---|${lexical.evaluation.labels.map(() => '---:|').join('')}---|---|---:|---:|`);
for (const r of results) {
  const means = r.evaluation.means.map((m) => (m.mean === null ? 'n/a' : m.mean.toFixed(4)));
  const ndcg = ndcgByQuery(r);
  const differences = scored.map((q) => ndcg.get(q)! - lexicalNdcg.get(q)!);
  const paired = comparePaired(differences, { seed: 23 });
  const interval = paired.interval
    ? `${paired.meanDifference.toFixed(4)} [${paired.interval.low.toFixed(4)}, ${paired.interval.high.toFixed(4)}]`
    : 'n/a';
  const unchanged = scored.filter((q) =>
    sameTop10(r.rankings.get(q) ?? [], lexical.rankings.get(q) ?? []),
  ).length;
  console.log(
    `| ${r.label} | ${means.join(' | ')} | ${paired.won} / ${paired.lost} / ${paired.tied} | ${interval} | ${paired.randomisation.pValue.toFixed(3)} | ${unchanged} of ${scored.length} |`,
  );
}

// Per query class: each configuration's mean nDCG@10 against lexical's, with the interval.
const classes = new Map<string, string[]>();
for (const query of scored)
  classes.set(classOf(query), [...(classes.get(classOf(query)) ?? []), query]);
console.log('\nnDCG@10 per query class: mean difference against lexical [95 % bootstrap]');
console.log(
  `| configuration | ${[...classes].map(([name, qs]) => `${name} (${qs.length})`).join(' | ')} |`,
);
console.log(`|---|${[...classes].map(() => '---|').join('')}`);
for (const r of results.slice(1)) {
  const ndcg = ndcgByQuery(r);
  const cells = [...classes.values()].map((qs) => {
    const paired = comparePaired(
      qs.map((q) => ndcg.get(q)! - lexicalNdcg.get(q)!),
      { seed: 23 },
    );
    const i = paired.interval;
    return i
      ? `${paired.meanDifference.toFixed(3)} [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]`
      : 'n/a';
  });
  console.log(`| ${r.label} | ${cells.join(' | ')} |`);
}

// Cross-validation: which weighted-hybrid setting each half of the queries would choose, and what
// that choice scores on the other half.
const hybridResults = results.slice(2, 2 + hybrids.length);
const folds = twoFoldCrossValidation(hybridResults.map(ndcgByQuery), 23);
console.log('\nTwo-fold cross-validation of the weighted hybrid settings (nDCG@10):');
for (const [i, fold] of folds.entries()) {
  console.log(
    `- half ${i + 1} (${fold.tunedOn.length} queries) chooses ${hybridResults[fold.chosen]!.label}: ${fold.tunedMean.toFixed(4)} there, ${fold.heldOutMean.toFixed(4)} on the other half (${fold.heldOut.length} queries)`,
  );
}

for (const [query, tops] of shown) {
  console.log(`\nTop 5 for "${query}":`);
  for (const [i, r] of results.entries()) console.log(`- ${r.label}: ${tops[i]!.join(' · ')}`);
}

console.log('\nType intent fires on (default hybrid, productTypeIntent on):');
for (const [query, intent] of intents) console.log(`- ${query}: ${intent}`);
// Per-query nDCG@10 changes between the same profile with and without type intent.
for (const [other, same] of [
  [results.length - 2, 1],
  [results.length - 1, 7],
] as const) {
  const [a, b] = [ndcgByQuery(results[other]!), ndcgByQuery(results[same]!)];
  const changed = scored.filter((q) => Math.abs(a.get(q)! - b.get(q)!) > 1e-9);
  console.log(
    `\n${results[same]!.label} → ${results[other]!.label}: ${changed.length} queries change`,
  );
  for (const q of changed) console.log(`- ${q}: ${b.get(q)!.toFixed(4)} → ${a.get(q)!.toFixed(4)}`);
}
