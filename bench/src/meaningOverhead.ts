// What candidates by meaning (or product-type intent) add to a search: distinct queries (the
// traffic bench's tail, none asked twice) against the indexed demo catalog, the default storefront
// request (hybrid, K = 200, facets) with the first-stage answer cache off, every other query with
// the option on, so drift in the machine's load hits both alike. Reports each side's p50 and p95,
// their ratio and p50 difference, and the lookup's own time (timings.meaningMs, beside the first
// stage; timings.typeIntentMs, before it and after it).
// Run: DATABASE_URL=… npm run meaning-overhead -w @shopsearch/bench  (or BENCH_PGLITE_DIR=…)
// BENCH_QUERIES (default 400) queries per side; BENCH_MEANING (default 100) candidates by meaning;
// BENCH_OPTION=type-intent compares product-type intent on and off instead (meaning candidates 0).
// BENCH_SWAP=1 gives the option the even queries instead of the odd ones: the two sides ask
// different queries, and a run each way tells the option's cost from the two halves' mix.
import { performance } from 'node:perf_hooks';
import { DEFAULT_RANKING, loadStoreSearchSettings, toRankingProfile } from '@shopsearch/search';
import { firstPageRequest } from './firstPageRequest.ts';
import { icecatPlatform } from './icecatPlatform.ts';
import { readIcecatRecords } from './icecatRecords.ts';
import { tailQueries } from './traffic/queryStream.ts';

const QUERIES = Number(process.env.BENCH_QUERIES ?? 400);
const MEANING = Number(process.env.BENCH_MEANING ?? 100);
const WARM_UP = 50;
const TYPE_INTENT = process.env.BENCH_OPTION === 'type-intent';
const SWAP = process.env.BENCH_SWAP === '1';

const { platform, storeId, database } = await icecatPlatform({ retrievalCacheTtlMs: 0 });
const queries = tailQueries(await readIcecatRecords(), WARM_UP + 2 * QUERIES, 29).map((t) => t.q);
const { facetAttributes } = await loadStoreSearchSettings(platform.db.prisma, storeId);

async function timedSearch(text: string, on: boolean) {
  const started = performance.now();
  const response = await platform.services.search.search(
    firstPageRequest(storeId, text, {
      pageSize: 24,
      profile: toRankingProfile(DEFAULT_RANKING),
      rerankDepth: DEFAULT_RANKING.rerankDepth,
      meaningCandidates: on && !TYPE_INTENT ? MEANING : 0,
      productTypeIntent: TYPE_INTENT ? on : undefined,
      facetAttributes: facetAttributes.map((a) => a.name),
    }),
  );
  const { meaningMs, typeIntentMs, loadMs, maxSimMs } = response.timings;
  return {
    ms: performance.now() - started,
    lookupMs: TYPE_INTENT ? typeIntentMs : meaningMs,
    scoringMs: loadMs + maxSimMs,
    fired: response.productTypeIntent !== null,
  };
}

const median = (values: readonly number[], p = 50) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ]!;

const option = TYPE_INTENT ? 'type intent' : `${MEANING} by meaning`;
console.log(
  `Overhead of ${option}: ${database}, ${2 * QUERIES} distinct queries${SWAP ? ', sides swapped' : ''}`,
);
for (const q of queries.slice(0, WARM_UP)) await timedSearch(q, true);
const off: number[] = [];
const on: number[] = [];
const lookups: number[] = [];
/** With type intent: the searches it fired on, and their times. */
const fired: number[] = [];
/** Loading, packing and scoring the candidates' vectors (loadMs + maxSimMs), per side. */
const scoring: [number[], number[]] = [[], []];
for (const [i, q] of queries.slice(WARM_UP).entries()) {
  const meaning = (i % 2 === 1) !== SWAP;
  const result = await timedSearch(q, meaning);
  (meaning ? on : off).push(result.ms);
  scoring[meaning ? 1 : 0].push(result.scoringMs);
  if (meaning) lookups.push(result.lookupMs);
  if (meaning && result.fired) fired.push(result.ms);
}
for (const [name, ms] of [
  ['without', off],
  [`with ${option}`, on],
  ...(TYPE_INTENT ? [[`  of which fired (${fired.length})`, fired] as const] : []),
] as const) {
  if (ms.length === 0) continue;
  console.log(
    `${name.padEnd(24)} p50 ${median(ms).toFixed(1)} ms  p95 ${median(ms, 95).toFixed(1)} ms`,
  );
}
console.log(
  `ratio (with / without): p50 ${(median(on) / median(off)).toFixed(2)}, p95 ${(median(on, 95) / median(off, 95)).toFixed(2)}; p50 difference ${(median(on) - median(off)).toFixed(1)} ms; lookup (${TYPE_INTENT ? 'typeIntentMs' : 'meaningMs'}) p50 ${median(lookups).toFixed(1)} ms, p95 ${median(lookups, 95).toFixed(1)} ms; vectors loaded and scored p50 ${median(scoring[0]).toFixed(1)} → ${median(scoring[1]).toFixed(1)} ms`,
);
await platform.close();
