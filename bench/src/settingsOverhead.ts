// What a store's search settings cost a search: distinct queries (the traffic bench's tail, none
// asked twice in the whole run) against the indexed demo catalog, with no settings and with 1,000
// synonym lines and 100 rules (pins, hides and boosts), in alternating rounds so drift in the machine's load hits both
// alike. The
// first-stage answer cache is off, so every search asks the first stage (and synonyms widen what
// it is asked); the default storefront request (hybrid, K = 200, facets).
// Run: DATABASE_URL=… npm run settings-overhead -w @shopsearch/bench  (or BENCH_PGLITE_DIR=…)
// BENCH_QUERIES (default 200) new queries per round; BENCH_ROUNDS (default 2) rounds of each.
import { performance } from 'node:perf_hooks';
import { createRule, deleteRule, saveSynonyms, type RuleInput } from '@shopsearch/platform';
import {
  DEFAULT_RANKING,
  loadStoreSearchSettings,
  toRankingProfile,
  type SearchRequest,
} from '@shopsearch/search';
import { icecatPlatform } from './icecatPlatform.ts';
import { readIcecatRecords, type IcecatRecord } from './icecatRecords.ts';
import { tailQueries } from './traffic/queryStream.ts';

const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const SEED = 23;

const { platform, storeId, database } = await icecatPlatform({ retrievalCacheTtlMs: 0 });
const records = await readIcecatRecords();
// A warm-up round, then ROUNDS of each condition, each with queries of its own.
const queries = tailQueries(records, QUERIES * (1 + 2 * ROUNDS), SEED).map((t) => t.q);
const roundQueries = (i: number) => queries.slice(i * QUERIES, (i + 1) * QUERIES);
const { facetAttributes } = await loadStoreSearchSettings(platform.db.prisma, storeId);

const request = (text: string): SearchRequest => ({
  storeId,
  text,
  filters: {},
  sort: 'relevance',
  page: 0,
  pageSize: 24,
  profile: toRankingProfile(DEFAULT_RANKING),
  rerankDepth: DEFAULT_RANKING.rerankDepth,
  facetAttributes: facetAttributes.map((a) => a.name),
  recordEvent: false,
});

/** 1,000 lines over the catalog's own title words: multi-way pairs and one-way lines. */
function synonymLines(from: readonly IcecatRecord[]): string {
  const words = [
    ...new Set(
      from.flatMap((r) => r.title.toLowerCase().split(/[^a-z]+/u)).filter((w) => w.length > 3),
    ),
  ];
  const lines: string[] = [];
  for (let i = 0; lines.length < 1_000 && i + 1 < words.length; i += 2) {
    lines.push(i % 4 === 0 ? `${words[i]}, ${words[i + 1]}` : `${words[i]} → ${words[i + 1]}`);
  }
  return lines.join('\n');
}

/**
 * 100 rules for the round's queries: pins (exact), hides for their first words (contains), and
 * boosts of a catalog brand for their first words (contains, ×2; each boost reads the candidates'
 * product rows).
 */
async function addRules(queries: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; ids.length < 100; i++) {
    const q = queries[i % queries.length]!;
    const record = records[(i * 97) % records.length]!;
    const firstWord = q.split(' ')[0]!;
    const rules: RuleInput[] = [
      { query: q, match: 'exact', action: 'pin', productId: record.id, position: 1 + (i % 5) },
      { query: firstWord, match: 'contains', action: 'hide', productId: record.id },
      {
        query: firstWord,
        match: 'contains',
        action: 'boost',
        filter: { brands: [record.supplier ?? ''] },
        factor: 2,
      },
    ];
    const rule = await createRule(
      platform.services,
      storeId,
      rules[i % 3]!,
      'bench@settings.test',
    ).catch(() => null); // a contradiction with an earlier rule, or a record without a brand: skip it
    if (rule) ids.push(rule.id);
  }
  return ids;
}

async function round(queries: readonly string[]): Promise<number[]> {
  const ms: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    await platform.services.search.search(request(q));
    ms.push(performance.now() - started);
  }
  return ms;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

console.log(`Settings overhead: ${database}, ${queries.length} distinct queries, ${ROUNDS} rounds`);
await round(roundQueries(0)); // warms the model and the connections for both conditions alike
const plain: number[] = [];
const withSettings: number[] = [];
const synonyms = synonymLines(records);
for (let r = 0; r < ROUNDS; r++) {
  plain.push(...(await round(roundQueries(1 + 2 * r))));
  const asked = roundQueries(2 + 2 * r);
  await saveSynonyms(platform.services, storeId, synonyms);
  const ruleIds = await addRules(asked);
  withSettings.push(...(await round(asked)));
  await saveSynonyms(platform.services, storeId, '');
  for (const id of ruleIds) await deleteRule(platform.services, storeId, id, 'bench@settings.test');
}
for (const [name, ms] of [
  ['no settings', plain],
  ['1,000 synonyms + 100 rules', withSettings],
] as const) {
  console.log(
    `${name.padEnd(28)} p50 ${percentile(ms, 50).toFixed(1)} ms  p95 ${percentile(ms, 95).toFixed(1)} ms`,
  );
}
console.log(
  `ratio (with / without): p50 ${(percentile(withSettings, 50) / percentile(plain, 50)).toFixed(2)}, p95 ${(percentile(withSettings, 95) / percentile(plain, 95)).toFixed(2)}`,
);
await platform.close();
