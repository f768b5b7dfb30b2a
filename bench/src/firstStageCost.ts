// What the PostgreSQL first stage costs per query as the number of matching products grows: the
// candidate query (rank every match, count them, keep the top K) and the facet query (aggregate
// every match), timed apart, warm, median of 5, for queries from a handful of matches to the
// whole catalog. Run against a database that holds an imported store:
//   DATABASE_URL=postgres://… npx tsx bench/src/firstStageCost.ts [store slug, default demo]
//   (without DATABASE_URL: BENCH_PGLITE_DIR)
import { openDatabase } from '@shopsearch/db';
import { percentile } from '@shopsearch/platform';
import {
  loadStoreSearchSettings,
  PostgresRetriever,
  type RetrieveRequest,
} from '@shopsearch/search';

const QUERIES = [
  'xerox toner',
  'garmin',
  'ipad stand',
  'wireless mouse',
  'laptop',
  'cable',
  'black',
  'hp notebook',
  'cm',
  '',
];
const RUNS = 5;

const db = await openDatabase({
  url: process.env.DATABASE_URL,
  dataDir: process.env.BENCH_PGLITE_DIR,
});
const slug = process.argv[2] ?? 'demo';
const store = await db.prisma.store.findUniqueOrThrow({ where: { slug } });
const settings = await loadStoreSearchSettings(db.prisma, store.id);
const retriever = new PostgresRetriever(db.prisma);
const products = await db.prisma.product.count({ where: { storeId: store.id } });

async function timed(request: RetrieveRequest): Promise<{ ms: number; total: number }> {
  const times: number[] = [];
  let total = 0;
  await retriever.retrieve(request); // warm the buffers
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    total = (await retriever.retrieve(request)).total;
    times.push(performance.now() - start);
  }
  return { ms: percentile(times, 0.5), total };
}

console.log(
  `store ${slug}: ${products} products; facets ${settings.facetAttributes.length} attributes + brand, availability, price; K = 200; median of ${RUNS}, warm`,
);
console.log(
  '| query | matches | candidates only ms | candidates + facets ms | facets ms (difference) |',
);
console.log('|---|---:|---:|---:|---:|');
for (const text of QUERIES) {
  const request: RetrieveRequest = {
    storeId: store.id,
    text,
    filters: {},
    sort: 'relevance',
    offset: 0,
    limit: 200,
  };
  const plain = await timed(request);
  const faceted = await timed({
    ...request,
    facets: { attributes: settings.facetAttributes.map((a) => a.name) },
  });
  console.log(
    `| ${text || '(browse)'} | ${plain.total} | ${plain.ms.toFixed(1)} | ${faceted.ms.toFixed(1)} | ${(faceted.ms - plain.ms).toFixed(1)} |`,
  );
}
await db.close();
