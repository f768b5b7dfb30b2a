// What the PostgreSQL first stage costs per query as the number of matching products grows: the
// candidates (count the matches, rank them, keep the top K) and the facet query, timed apart,
// warm, median of 5, for queries from a handful of matches to the whole catalog, by relevance and
// sorted. The candidates are taken exact (every match counted and ranked) and at each match
// bound, the retrievers alternated run by run (the order rotated, so drift hits each alike), and
// scored against the exact ones: the share of the exact top K kept, and the total given; the
// time ratio bounded ÷ exact is per query. The facet query runs
// exact (every match counted) and at each facet sample size, and the sampled estimates are scored
// against the exact counts: how many of each facet's top 5 values stay in its top 5, and the
// median relative error of the counts of values with at least 20 matches.
// Run against a database that holds an imported store:
//   DATABASE_URL=postgres://… npx tsx bench/src/firstStageCost.ts [store slug, default demo]
//   (without DATABASE_URL: BENCH_PGLITE_DIR; FIRST_STAGE_FACETS=off: the candidates table only)
import { openDatabase } from '@shopsearch/db';
import { percentile } from '@shopsearch/platform';
import {
  loadStoreSearchSettings,
  PostgresRetriever,
  type FacetCounts,
  type RetrieveRequest,
  type RetrieveResult,
  type SortOrder,
  type ValueCount,
} from '@shopsearch/search';

const QUERIES = [
  'xerox toner',
  'garmin',
  'ipad stand',
  'wireless mouse',
  'laptop',
  'cable',
  'black',
  'notebook',
  'usb',
  'hp notebook',
  'black cable',
  'usb cable',
  'cm',
  '',
];
/** Sorted lists: browse, common words, a rare one. */
const SORTED: { text: string; sort: SortOrder }[] = [
  { text: '', sort: 'newest' },
  { text: '', sort: 'price_asc' },
  { text: '', sort: 'price_desc' },
  { text: 'cable', sort: 'newest' },
  { text: 'black', sort: 'price_asc' },
  { text: 'usb', sort: 'price_desc' },
  { text: 'notebook', sort: 'newest' },
  { text: 'garmin', sort: 'newest' },
];
const RUNS = 5;
const SAMPLE_SIZES = [1_000, 2_000, 5_000];
const MATCH_BOUNDS = [500, 2_000];
const K = 200;

const db = await openDatabase({
  url: process.env.DATABASE_URL,
  dataDir: process.env.BENCH_PGLITE_DIR,
});
const slug = process.argv[2] ?? 'demo';
const store = await db.prisma.store.findUniqueOrThrow({ where: { slug } });
const settings = await loadStoreSearchSettings(db.prisma, store.id);
const UNBOUNDED = Number.POSITIVE_INFINITY;
const exact = new PostgresRetriever(db.prisma, {
  facetSampleSize: UNBOUNDED,
  matchBound: UNBOUNDED,
});
const sampled = SAMPLE_SIZES.map(
  (size) => new PostgresRetriever(db.prisma, { facetSampleSize: size, matchBound: UNBOUNDED }),
);
const bounded = MATCH_BOUNDS.map(
  (bound) => new PostgresRetriever(db.prisma, { facetSampleSize: UNBOUNDED, matchBound: bound }),
);
const products = await db.prisma.product.count({ where: { storeId: store.id } });

async function timed(retriever: PostgresRetriever, request: RetrieveRequest) {
  const times: number[] = [];
  let result = await retriever.retrieve(request); // warm the buffers
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    result = await retriever.retrieve(request);
    times.push(performance.now() - start);
  }
  return { ms: percentile(times, 0.5), result };
}

/** Each retriever run RUNS times, warm, in turns whose order rotates: medians and the last answers. */
async function alternated(retrievers: PostgresRetriever[], request: RetrieveRequest) {
  const times = retrievers.map((): number[] => []);
  const results: RetrieveResult[] = [];
  for (const [i, retriever] of retrievers.entries()) results[i] = await retriever.retrieve(request); // warm the buffers
  for (let run = 0; run < RUNS; run++) {
    for (let turn = 0; turn < retrievers.length; turn++) {
      const i = (run + turn) % retrievers.length;
      const start = performance.now();
      results[i] = await retrievers[i]!.retrieve(request);
      times[i]!.push(performance.now() - start);
    }
  }
  return retrievers.map((_, i) => ({ ms: percentile(times[i]!, 0.5), result: results[i]! }));
}

/** Value-count facets (brand and text attributes) of one answer, by facet name. */
function valueFacets(facets: FacetCounts | null): Map<string, ValueCount[]> {
  const out = new Map<string, ValueCount[]>([['brand', facets?.brand ?? []]]);
  for (const [name, counts] of Object.entries(facets?.attributes ?? {})) {
    if (Array.isArray(counts)) out.set(name, counts);
  }
  return out;
}

/** Share of the exact top-5 values kept in the estimate's top 5; median relative count error. */
function accuracy(truth: FacetCounts | null, estimate: FacetCounts | null) {
  const kept: number[] = [];
  const errors: number[] = [];
  const estimated = valueFacets(estimate);
  for (const [name, values] of valueFacets(truth)) {
    const guess = estimated.get(name) ?? [];
    const top = new Set(guess.slice(0, 5).map((v) => v.value));
    const wanted = values.slice(0, 5);
    if (wanted.length) kept.push(wanted.filter((v) => top.has(v.value)).length / wanted.length);
    for (const v of values.filter((value) => value.count >= 20)) {
      const count = guess.find((g) => g.value === v.value)?.count ?? 0;
      errors.push(Math.abs(count - v.count) / v.count);
    }
  }
  const mean = kept.reduce((a, b) => a + b, 0) / Math.max(1, kept.length);
  return { top5: mean, error: errors.length ? percentile(errors, 0.5) : 0 };
}

/** Share of the exact top K that the bounded answer also has among its top K. */
function overlap(truth: RetrieveResult, estimate: RetrieveResult): number {
  const kept = new Set(estimate.candidates.map((c) => c.productId));
  const wanted = truth.candidates;
  return wanted.length ? wanted.filter((c) => kept.has(c.productId)).length / wanted.length : 1;
}

const request = (text: string, sort: SortOrder = 'relevance'): RetrieveRequest => ({
  storeId: store.id,
  text,
  filters: {},
  sort,
  offset: 0,
  limit: K,
});

/** Same ids in the same order. */
const samePage = (a: RetrieveResult, b: RetrieveResult) =>
  a.candidates.map((c) => c.productId).join() === b.candidates.map((c) => c.productId).join();

console.log(
  `store ${slug}: ${products} products; candidates: K = ${K}, no facets; median of ${RUNS}, warm, alternated`,
);
const bounds = MATCH_BOUNDS.map((n) => `bound ${n}: ms · ÷ exact · top K kept · same page · total`);
console.log(`| query | sort | matches | exact ms | ${bounds.join(' | ')} |`);
console.log(`|---|---|---:|---:|${MATCH_BOUNDS.map(() => '---|').join('')}`);
const cases = [...QUERIES.map((text) => ({ text, sort: 'relevance' as const })), ...SORTED];
for (const { text, sort } of cases) {
  const [full, ...runs] = await alternated([exact, ...bounded], request(text, sort));
  const cells = runs.map((run) => {
    const total = `${run.result.total}${run.result.totalExhaustive ? '' : '+'}`;
    const kept = (overlap(full!.result, run.result) * 100).toFixed(0);
    const same = samePage(full!.result, run.result) ? 'yes' : 'no';
    return `${run.ms.toFixed(1)} · ${(run.ms / full!.ms).toFixed(2)} · ${kept} % · ${same} · ${total}`;
  });
  console.log(
    `| ${text || '(browse)'} | ${sort} | ${full!.result.total} | ${full!.ms.toFixed(1)} | ${cells.join(' | ')} |`,
  );
}

/** The facet statement exact and at each sample size, scored against the exact counts. */
async function printFacetTable() {
  console.log(
    `store ${slug}: ${products} products; facets ${settings.facetAttributes.length} attributes + brand, availability, price; K = 200; median of ${RUNS}, warm`,
  );
  const sizes = SAMPLE_SIZES.map((n) => `sample ${n}: facets ms · top-5 kept · count error`);
  console.log(`| query | matches | candidates ms | exact facets ms | ${sizes.join(' | ')} |`);
  console.log(`|---|---:|---:|---:|${SAMPLE_SIZES.map(() => '---:|').join('')}`);
  for (const text of QUERIES) {
    const faceted = {
      ...request(text),
      facets: { attributes: settings.facetAttributes.map((a) => a.name) },
    };
    const plain = await timed(exact, request(text));
    const full = await timed(exact, faceted);
    const cells: string[] = [];
    for (const retriever of sampled) {
      const run = await timed(retriever, faceted);
      const score = accuracy(full.result.facets, run.result.facets);
      cells.push(
        `${(run.ms - plain.ms).toFixed(1)} · ${(score.top5 * 100).toFixed(0)} % · ${(score.error * 100).toFixed(1)} %`,
      );
    }
    console.log(
      `| ${text || '(browse)'} | ${plain.result.total} | ${plain.ms.toFixed(1)} | ${(full.ms - plain.ms).toFixed(1)} | ${cells.join(' | ')} |`,
    );
  }
}

if (process.env.FIRST_STAGE_FACETS !== 'off') await printFacetTable();
await db.close();
