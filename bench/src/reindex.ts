// Re-indexing the Icecat catalog with the default model: a full re-index of all 19,406 products,
// then an incremental one after 1 % of the products were edited. Wall time of each job (request
// to activation) and peak RSS, on PGlite (temp dir) and on PostgreSQL (throwaway database).
// Run: npm run reindex -w @shopsearch/bench   (BENCH_POSTGRES_URL: admin URL, default local)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatform, startReindex, type Platform } from '@shopsearch/platform';
import { ensureStore, importCatalog } from '@shopsearch/catalog';
import { createThrowawayDatabase } from '@shopsearch/db/testing';
import { ICECAT_FILES, STORE } from './icecatPlatform.ts';

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const EDITED_SHARE = 0.01;

async function timedJob(platform: Platform, storeId: number, kind: 'full' | 'incremental') {
  const start = performance.now();
  const job = await startReindex(
    { prisma: platform.db.prisma, models: platform.models },
    { storeId, kind, codec: 'tokenid' },
  );
  const planningSeconds = (performance.now() - start) / 1000;
  await platform.worker.runUntilIdle();
  const seconds = (performance.now() - start) / 1000;
  const done = await platform.db.prisma.reindexJob.findUniqueOrThrow({ where: { id: job.id } });
  return { seconds, planningSeconds, total: done.total, state: done.state };
}

async function scenario(name: string, config: { databaseUrl?: string; pgliteDataDir?: string }) {
  const platform = await createPlatform({ ...config, retrievalCacheTtlMs: 0 });
  const { prisma } = platform.db;
  await ensureStore(platform.db, { slug: STORE, name: 'Demo Electronics', currency: 'USD' });
  for (const file of ICECAT_FILES) await importCatalog(platform.db, { store: STORE, file });
  const store = await prisma.store.findUniqueOrThrow({ where: { slug: STORE } });
  await platform.models.get(platform.models.defaultModel); // model load is not part of a job
  const full = await timedJob(platform, store.id, 'full');
  const edited = Math.round(
    (await prisma.product.count({ where: { storeId: store.id } })) * EDITED_SHARE,
  );
  await prisma.$executeRaw`
    UPDATE product SET title = title || ' (revised)', content_hash = content_hash || '-revised'
    WHERE store_id = ${store.id} AND id IN (SELECT id FROM product WHERE store_id = ${store.id} ORDER BY md5(id) LIMIT ${edited})`;
  const incremental = await timedJob(platform, store.id, 'incremental');
  await platform.close();
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `${name} | full: ${full.total} products in ${full.seconds.toFixed(1)} s (${full.state}) | incremental: ${incremental.total} products in ${incremental.seconds.toFixed(2)} s, of which planning (copying unchanged rows) ${incremental.planningSeconds.toFixed(2)} s (${incremental.state}) | process peak RSS ${rssMb} MB`,
  );
}

const which = process.argv[2] ?? 'both';
if (which !== 'postgres') {
  const dir = await mkdtemp(join(tmpdir(), 'bench-reindex-'));
  await scenario('PGlite', { pgliteDataDir: dir });
  await rm(dir, { recursive: true, force: true });
}
if (which !== 'pglite') {
  const database = await createThrowawayDatabase('bench_reindex', ADMIN_URL);
  try {
    await scenario('PostgreSQL', { databaseUrl: database.url });
  } finally {
    await database.drop();
  }
}
