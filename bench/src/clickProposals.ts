// What proposing judgments from clicks costs on a busy store: BENCH_IMPRESSIONS (default 100,000)
// generated experiment impressions of 24 products each (2,000 queries, the popular ones most
// asked; clicks drawn by a position bias), then `proposeJudgmentsFromClicks` timed: wall time and
// this process's CPU time (Node's share of the work), median of BENCH_ROUNDS after a warm-up.
// Run: DATABASE_URL=postgres://…/<a throwaway database> npm run click-proposals -w @shopsearch/bench
// The store is generated once per database and reused by later runs.
import { performance } from 'node:perf_hooks';
import { applyMigrations, openDatabase } from '@shopsearch/db';
import { proposeJudgmentsFromClicks } from '@shopsearch/platform';

const IMPRESSIONS = Number(process.env.BENCH_IMPRESSIONS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SLUG = 'click-bench';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL: a throwaway PostgreSQL database');
const db = await openDatabase({ url });
await applyMigrations(db);
const { prisma } = db;

let store = await prisma.store.findUnique({ where: { slug: SLUG } });
if (!store) {
  const { id: storeId } = (store = await prisma.store.create({ data: { slug: SLUG, name: SLUG } }));
  const experiment = await prisma.experiment.create({
    data: {
      storeId,
      configA: { profile: 'lexical' },
      configB: { profile: 'colbert' },
      trafficPercent: 100,
      startedBy: 'bench',
    },
  });
  const started = performance.now();
  // Query q shows products from its own stretch of a 5,000-product catalog, shuffled a little.
  await db.withSession((session) =>
    session.exec(`
    SELECT setseed(0.42);
    INSERT INTO experiment_impression (id, experiment_id, store_id, query, visitor_id, items, created_at)
    SELECT 'i' || g, ${experiment.id}, ${storeId}, 'query ' || q, 'visitor-' || g,
      (SELECT jsonb_agg(jsonb_build_object(
          'id', 'p' || ((q * 7 + p + floor(random() * 8)::int) % 5000),
          'team', CASE WHEN p % 2 = 0 THEN 'a' ELSE 'b' END) ORDER BY p)
        FROM generate_series(0, 23) AS p),
      now() - make_interval(secs => g)
    FROM (SELECT g, floor(2000 * random() ^ 3)::int AS q FROM generate_series(1, ${IMPRESSIONS}) AS g) AS s;
    INSERT INTO experiment_click (impression_id, position, product_id, team)
    SELECT i.id, e.n - 1, e.item ->> 'id', e.item ->> 'team'
    FROM experiment_impression i, jsonb_array_elements(i.items) WITH ORDINALITY AS e(item, n)
    WHERE i.experiment_id = ${experiment.id} AND random() < 0.3 / e.n;
    ANALYZE experiment_impression;
    ANALYZE experiment_click;`),
  );
  console.log(
    `generated ${IMPRESSIONS} impressions in ${Math.round(performance.now() - started)} ms`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wall: number[] = [];
const cpu: number[] = [];
let last: Awaited<ReturnType<typeof proposeJudgmentsFromClicks>> | undefined;
for (let round = 0; round <= ROUNDS; round++) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  last = await proposeJudgmentsFromClicks({ prisma }, store.id);
  const elapsed = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuBefore);
  if (round === 0) continue; // warm-up: caches, prepared statements
  wall.push(elapsed);
  cpu.push((user + system) / 1000);
}
console.log(
  JSON.stringify({
    impressionsRead: last?.impressions,
    clicks: last?.clicks,
    proposals: last?.proposals.length,
    rounds: ROUNDS,
    medianWallMs: Math.round(median(wall)),
    medianNodeCpuMs: Math.round(median(cpu)),
    wallMs: wall.map(Math.round),
  }),
);
await db.close();
