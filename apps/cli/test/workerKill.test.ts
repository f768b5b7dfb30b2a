// A re-index worker killed with SIGKILL in the middle of a job: a restarted worker takes over the
// abandoned batch once its lease runs out, and in the end every product is indexed exactly once.
// Real processes, on a PGlite directory (used by one process at a time) or a PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, applyMigrations, type Database } from '@shopsearch/db';
import { processDatabase } from './helpers/processDatabase.ts';
import { queueStoreReindex } from './helpers/queuedReindex.ts';
import { exited, startWorker as startProcess } from './helpers/workerProcess.ts';
const PRODUCTS = 300;

let database: Awaited<ReturnType<typeof processDatabase>>;
beforeAll(async () => {
  database = await processDatabase();
});
afterAll(async () => database?.drop());

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const { env } = database;
  const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR });
  try {
    await applyMigrations(db);
    return await work(db);
  } finally {
    await db.close();
  }
}

const startWorker = () => startProcess({ ...database.env, REINDEX_LEASE_MS: '1500' });

describe('a re-index worker killed mid-job', () => {
  // Real processes that start, load the model and index: slow on a busy machine, never wrong.
  it(
    'is resumed by another worker and every product ends up indexed exactly once',
    {
      timeout: 180_000,
    },
    async () => {
      const jobId = await withDb(async (db) => {
        const { job } = await queueStoreReindex(
          db,
          { slug: 'kill', name: 'Kill test' },
          { count: PRODUCTS, title: (i) => `Wireless mouse model ${i}`, batchSize: 2 },
        );
        return job.id;
      });

      const first = startWorker();
      await first.waitFor(`job ${jobId}: batch done`);
      first.child.kill('SIGKILL');
      await exited(first.child);

      if (!database.env.PGLITE_DATA_DIR) {
        // On PostgreSQL the job can be inspected while no worker runs: it is part done.
        const processed = await withDb(
          async (db) =>
            (await db.prisma.reindexJob.findUniqueOrThrow({ where: { id: jobId } })).processed,
        );
        expect(processed).toBeGreaterThan(0);
        expect(processed).toBeLessThan(PRODUCTS);
      }

      const second = startWorker();
      await second.waitFor(`finished job(s) ${jobId}`);
      second.child.kill('SIGTERM');
      await exited(second.child);
      expect(second.output()).toContain('Worker stopped.');

      await withDb(async (db) => {
        const job = await db.prisma.reindexJob.findUniqueOrThrow({ where: { id: jobId } });
        expect(job).toMatchObject({
          state: 'succeeded',
          total: PRODUCTS,
          processed: PRODUCTS,
          failedCount: 0,
        });
        const batches = await db.prisma.reindexBatch.findMany({ where: { jobId } });
        expect(batches.every((b) => b.state === 'done')).toBe(true);
        const rows = await db.prisma.productEmbedding.findMany({
          where: { indexVersionId: job.indexVersionId },
          select: { productId: true },
        });
        expect(new Set(rows.map((r) => r.productId)).size).toBe(PRODUCTS);
        expect(rows).toHaveLength(PRODUCTS);
        const version = await db.prisma.indexVersion.findUniqueOrThrow({
          where: { id: job.indexVersionId },
        });
        expect(version.state).toBe('active');
      });
    },
  );
});
