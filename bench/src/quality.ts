// Relevance of the three ranking profiles on the Icecat dev judgments (unjudged = grade 0):
// nDCG@10, MRR@10, Recall@100 and friends per profile. Run: npm run quality -w @shopsearch/bench
import { readFile } from 'node:fs/promises';
import { evaluateConfigurations } from '@shopsearch/platform';
import type { SearchConfiguration } from '@shopsearch/search';
import { parseQrelsCsv } from '@shopsearch/eval';
import { DEFAULT_TITLE_LENGTH_PRIOR } from '@shopsearch/search';
import { icecatPlatform, JUDGMENTS_FILE } from './icecatPlatform.ts';

const base = {
  fusion: 'weighted',
  hybridWeight: 0.5,
  titleLengthPrior: 0,
  rerankDepth: 200,
} as const;
const configurations: SearchConfiguration[] = [
  { ...base, profile: 'lexical' },
  { ...base, profile: 'colbert' },
  // Weighted hybrid without and with the default title-length prior, across weights.
  ...[0.3, 0.5, 0.7].flatMap((w): SearchConfiguration[] =>
    [0, DEFAULT_TITLE_LENGTH_PRIOR].map((prior) => ({
      ...base,
      profile: 'hybrid',
      hybridWeight: w,
      titleLengthPrior: prior,
    })),
  ),
  { ...base, profile: 'hybrid', fusion: 'rrf' },
];

const { platform, storeId, database } = await icecatPlatform();
const { qrels } = parseQrelsCsv(await readFile(JUDGMENTS_FILE, 'utf8'));
const results = await evaluateConfigurations(
  platform.services.search,
  storeId,
  qrels,
  configurations,
);
console.log(`Icecat dev judgments: ${qrels.size} queries, database ${database}`);
const labels = results[0]!.evaluation.labels;
console.log(['configuration', ...labels].join(' | '));
for (const r of results) {
  const means = r.evaluation.means.map((m) => (m.mean === null ? 'n/a' : m.mean.toFixed(4)));
  console.log([r.label, ...means].join(' | '));
}
console.log(
  `queries without any relevant judgment (left out of means): ${results[0]!.evaluation.noRelevantQueries.length}`,
);
await platform.close();
