// Relevance of the three ranking profiles on the Icecat dev judgments (unjudged = grade 0):
// nDCG@10, MRR@10, Recall@100 and friends per profile. Run: npm run quality -w @shopsearch/bench
import { readFile } from 'node:fs/promises';
import { evaluateConfigurations, type SearchConfiguration } from '@shopsearch/api';
import { parseQrelsCsv } from '@shopsearch/eval';
import { icecatPlatform, JUDGMENTS_FILE } from './icecatPlatform.ts';

const configurations: SearchConfiguration[] = [
  { profile: 'lexical', fusion: 'weighted', hybridWeight: 0.5, rerankDepth: 200 },
  { profile: 'colbert', fusion: 'weighted', hybridWeight: 0.5, rerankDepth: 200 },
  ...[0.3, 0.5, 0.7].map((w): SearchConfiguration => ({
    profile: 'hybrid',
    fusion: 'weighted',
    hybridWeight: w,
    rerankDepth: 200,
  })),
  { profile: 'hybrid', fusion: 'rrf', hybridWeight: 0.5, rerankDepth: 200 },
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
