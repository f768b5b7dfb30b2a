// Two worker processes on one PostgreSQL job, and the exactly-once guard between them. The first
// claims the batch and is held before it syncs: its Meilisearch settings task waits in the
// engine's queue (a double holding its tasks). Its lease runs out; the second worker takes the
// batch over and commits it; when the first goes on, its commit is refused (LostLeaseError) and
// nothing is counted twice. PGlite serves one process at a time, so this runs on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeilisearchDouble, type MeilisearchDouble } from '@shopsearch/meilisearch-double';
import { applyMigrations, openDatabase, type Database } from '@shopsearch/db';
import { testDatabaseKind } from '@shopsearch/db/testing';
import { processDatabase } from './helpers/processDatabase.ts';
import { queueStoreReindex } from './helpers/queuedReindex.ts';
import { exited, startWorker, type WorkerProcess } from './helpers/workerProcess.ts';

const onPglite = testDatabaseKind() === 'pglite';
if (onPglite) {
  console.info('worker-lost-lease SKIPPED on PGlite: two worker processes need PostgreSQL.');
}

describe.skipIf(onPglite)('a worker whose lease ran out, on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof processDatabase>>;
  let db: Database;
  let double: MeilisearchDouble;
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    database = await processDatabase();
    db = await openDatabase({ url: database.env.DATABASE_URL });
    await applyMigrations(db);
    double = await startMeilisearchDouble();
  });
  afterAll(async () => {
    for (const { child } of workers) child.kill('SIGKILL');
    await Promise.all(workers.map(({ child }) => exited(child)));
    await double?.close();
    await db?.close();
    await database?.drop();
  });

  const start = (leaseMs: number) => {
    const worker = startWorker({
      ...database.env,
      MEILISEARCH_URL: double.url,
      REINDEX_LEASE_MS: String(leaseMs),
    });
    workers.push(worker);
    return worker;
  };
  const settingsTasks = () => double.tasks().filter((t) => t.type === 'settingsUpdate').length;

  // Two processes that start, load the model and index: slow on a busy machine, never wrong.
  it('commits nothing after another worker finished its batch', { timeout: 180_000 }, async () => {
    const { storeId, job } = await queueStoreReindex(
      db,
      { slug: 'lease', name: 'Lease test' },
      { count: 4, title: (i) => `Desk lamp ${i}`, batchSize: 4 },
    );
    double.pauseTasks();

    // A lease of ten minutes: its heartbeat (a third of it) does not renew it during the test.
    const slow = start(600_000);
    const slowId = await slow.workerId();
    await until(async () => settingsTasks() === 1); // claimed, now preparing the index
    const [claimed] = await db.prisma.reindexBatch.findMany({ where: { jobId: job.id } });
    expect(claimed).toMatchObject({ state: 'running', lockedBy: slowId, attempts: 1 });
    // The lease runs out, as when a worker stops renewing it; ageing the row stands in for waiting.
    await db.prisma.$executeRaw`
      UPDATE reindex_batch SET locked_at = now() - interval '1 hour' WHERE id = ${claimed!.id}`;

    const other = start(60_000);
    const otherId = await other.workerId();
    await until(async () => settingsTasks() === 2); // took the batch over, now preparing too
    double.resumeTasks();
    await other.waitFor(`job ${job.id}: batch done`);
    // The first worker goes on and commits: refused, or (without the guard) counted again.
    const outcomes = [slow.waitFor('was taken over'), slow.waitFor('batch done')];
    outcomes.forEach((outcome) => outcome.catch(() => {})); // the other one never comes
    await Promise.race(outcomes);
    expect(slow.output()).toContain(`batch ${claimed!.id} was taken over by another worker`);
    expect(slow.output()).not.toContain('batch done');
    // Either worker may be the one that ends the job.
    const finished = async () =>
      (await db.prisma.reindexJob.findUniqueOrThrow({ where: { id: job.id } })).state ===
      'succeeded';
    await until(finished);

    const batch = await db.prisma.reindexBatch.findUniqueOrThrow({ where: { id: claimed!.id } });
    expect(batch).toMatchObject({ state: 'done', lockedBy: otherId, attempts: 2 });
    expect(await db.prisma.reindexJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      state: 'succeeded',
      total: 4,
      processed: 4,
      failedCount: 0,
    });
    const rows = await db.prisma.productEmbedding.count({
      where: { indexVersionId: job.indexVersionId },
    });
    expect(rows).toBe(4);
    // Both synced the batch to the engine (an upsert is idempotent); only one commit counted.
    const additions = double.requests.filter(
      (r) => r.method === 'POST' && r.path.endsWith('/documents'),
    );
    expect(additions).toHaveLength(2);
    expect(double.index(`store_${storeId}`)!.documents).toHaveLength(4);

    for (const worker of [slow, other]) {
      worker.child.kill('SIGTERM');
      await exited(worker.child);
      expect(worker.output()).toContain('Worker stopped.');
    }
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
