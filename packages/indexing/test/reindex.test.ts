import { getEventListeners } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database, PrismaClient } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import {
  cancelReindex,
  jobProgress,
  NothingToReindexError,
  ReindexConflictError,
  ReindexWorker,
  requestReindex,
  type DocumentEncoder,
  type WorkerEvent,
} from '../src/index.ts';
import { documentText } from '@shopsearch/search';
import { claimBatch } from '../src/batchClaim.ts';
import { gatedIndex, RecordingIndex, seedStore, wordEncoder } from './helpers.ts';

const db: Database = await openTestDatabase();
const prisma: PrismaClient = db.prisma;
afterAll(async () => db.close());

/** The index version serving the store's searches. */
function activeVersion(storeId: number) {
  return prisma.indexVersion.findFirstOrThrow({ where: { storeId, state: 'active' } });
}

/** How many products' vectors the job's index version holds. */
function storedEmbeddings(job: { indexVersionId: number }): Promise<number> {
  return prisma.productEmbedding.count({ where: { indexVersionId: job.indexVersionId } });
}

function worker(encoder: DocumentEncoder, firstStage = new RecordingIndex(), extra = {}) {
  return new ReindexWorker({
    prisma,
    firstStage,
    encoders: async () => encoder,
    pollMs: 10,
    ...extra,
  });
}
/** Long enough that no lease runs out by itself during a test, however slow the machine. */
const LEASE_MS = 60_000;

/**
 * A job's batches look abandoned: their leases were last renewed long ago, as when a worker
 * died or stopped renewing. Ageing the row stands in for waiting out the lease.
 */
async function outliveLeases(jobId: number): Promise<void> {
  await prisma.$executeRaw`
    UPDATE reindex_batch SET locked_at = now() - interval '1 hour'
    WHERE job_id = ${jobId} AND state = 'running'`;
}

const request = (storeId: number, kind: 'full' | 'incremental' = 'full', batchSize = 3) =>
  requestReindex(prisma, { storeId, kind, model: 'words', dim: 4, codec: 'bytes', batchSize });

describe(`re-index jobs on ${testDatabaseKind()}`, () => {
  it('indexes every product once in independent batches and activates the new version', async () => {
    const storeId = await seedStore(prisma, 'full', 10);
    const firstStage = new RecordingIndex();
    const job = await request(storeId);
    const batches = await prisma.reindexBatch.findMany({
      where: { jobId: job.id },
      orderBy: { seq: 'asc' },
      select: { seq: true, productIds: true, state: true },
    });
    const ids = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `p${String(from + i).padStart(3, '0')}`);
    expect(batches).toEqual([
      { seq: 0, productIds: ids(0, 2), state: 'pending' },
      { seq: 1, productIds: ids(3, 5), state: 'pending' },
      { seq: 2, productIds: ids(6, 8), state: 'pending' },
      { seq: 3, productIds: ids(9, 9), state: 'pending' },
    ]);
    await worker(wordEncoder(), firstStage).runUntilIdle();

    const progress = await jobProgress(prisma, storeId, job.id);
    expect(progress).toMatchObject({
      state: 'succeeded',
      total: 10,
      processed: 10,
      failedCount: 0,
      etaSeconds: null,
    });
    const version = await prisma.indexVersion.findUniqueOrThrow({
      where: { id: job.indexVersionId },
    });
    expect(version.state).toBe('active');
    const rows = await prisma.productEmbedding.findMany({ where: { indexVersionId: version.id } });
    expect(rows).toHaveLength(10);
    const p003 = rows.find((r) => r.productId === 'p003')!;
    expect(p003).toMatchObject({ tokenIds: [7, 6, 1], tokenCount: 3, codec: 'bytes', storeId });
    expect(p003.titleWords).toBe(3); // "Product number 3"
    // The encoder's bytes, as it packed them (the word encoder packs the text it was given).
    const product = await prisma.product.findUniqueOrThrow({
      where: { storeId_id: { storeId, id: 'p003' } },
    });
    expect(new TextDecoder().decode(p003.vectors)).toBe(documentText(product));
    expect(p003.contentHash).toBe(product.contentHash);
    expect(firstStage.documents.size).toBe(10);
  });

  it('leaves the planner statistics on the stored vectors it activates', async () => {
    const storeId = await seedStore(prisma, 'planned', 12);
    await request(storeId);
    await worker(wordEncoder()).runUntilIdle();
    // ANALYZE of a table this small reads every row, so its row estimate is the exact count.
    const [table] = await prisma.$queryRaw<{ estimated: number; rows: bigint }[]>`
      SELECT reltuples::float8 AS estimated, (SELECT count(*) FROM product_embedding) AS rows
      FROM pg_class WHERE relname = 'product_embedding'`;
    expect(table!.estimated).toBe(Number(table!.rows));
  });

  it('re-encodes only changed and new products incrementally, and drops deleted ones', async () => {
    const storeId = await seedStore(prisma, 'incremental', 10);
    await request(storeId);
    await worker(wordEncoder()).runUntilIdle();
    const first = await activeVersion(storeId);

    await prisma.product.update({
      where: { storeId_id: { storeId, id: 'p001' } },
      data: { title: 'Renamed product', contentHash: 'v2-1' },
    });
    await prisma.product.create({
      data: { storeId, id: 'p100', title: 'Brand new', contentHash: 'v1-100' },
    });
    await prisma.product.delete({ where: { storeId_id: { storeId, id: 'p002' } } });

    const calls: string[][] = [];
    const job = await request(storeId, 'incremental');
    expect(job).toMatchObject({ kind: 'incremental', total: 2 });
    await worker(wordEncoder({ calls })).runUntilIdle();
    expect(calls.flat().sort()).toEqual(['Brand new', 'Renamed product']);

    const second = await activeVersion(storeId);
    expect(second.id).toBe(job.indexVersionId);
    expect((await prisma.indexVersion.findUniqueOrThrow({ where: { id: first.id } })).state).toBe(
      'retired',
    );
    const ids = (
      await prisma.productEmbedding.findMany({ where: { indexVersionId: second.id } })
    ).map((r) => r.productId);
    expect(ids).toHaveLength(10);
    expect(ids).toContain('p100');
    expect(ids).not.toContain('p002');
    const renamed = await prisma.productEmbedding.findUniqueOrThrow({
      where: { indexVersionId_productId: { indexVersionId: second.id, productId: 'p001' } },
    });
    expect(renamed).toMatchObject({ contentHash: 'v2-1', titleWords: 2 });
    // Unchanged rows are copied into the new version whole, title length included.
    const copied = await prisma.productEmbedding.findUniqueOrThrow({
      where: { indexVersionId_productId: { indexVersionId: second.id, productId: 'p005' } },
    });
    expect(copied.titleWords).toBe(3);
  });

  it('refuses a second job while one is unfinished', async () => {
    const storeId = await seedStore(prisma, 'conflict', 3);
    const job = await request(storeId);
    await expect(request(storeId, 'incremental')).rejects.toThrow(ReindexConflictError);
    await expect(request(storeId)).rejects.toThrow(`job ${job.id}`);
    await worker(wordEncoder()).runUntilIdle();
    await expect(request(storeId)).resolves.toMatchObject({ kind: 'full', total: 3 });
    await worker(wordEncoder()).runUntilIdle();
  });

  it('refuses an incremental re-index with nothing to do, and runs one for a deletion alone', async () => {
    const storeId = await seedStore(prisma, 'nothing', 4);
    await request(storeId);
    await worker(wordEncoder()).runUntilIdle();
    const versions = () => prisma.indexVersion.count({ where: { storeId } });
    const before = await versions();
    await expect(request(storeId, 'incremental')).rejects.toThrow(NothingToReindexError);
    await expect(request(storeId, 'incremental')).rejects.toThrow(/no product was added/);
    expect(await versions()).toBe(before); // nothing half-written
    expect(await prisma.reindexJob.count({ where: { storeId, state: 'queued' } })).toBe(0);

    await prisma.product.delete({ where: { storeId_id: { storeId, id: 'p002' } } });
    const job = await request(storeId, 'incremental');
    expect(job).toMatchObject({ kind: 'incremental', total: 0 });
    await worker(wordEncoder()).runUntilIdle();
    const rows = await prisma.productEmbedding.findMany({
      where: { indexVersionId: job.indexVersionId },
    });
    expect(rows.map((r) => r.productId).sort()).toEqual(['p000', 'p001', 'p003']);
  });

  it('cancels: the partial index is dropped and the active one keeps serving', async () => {
    const storeId = await seedStore(prisma, 'cancel', 9);
    await request(storeId);
    await worker(wordEncoder()).runUntilIdle();
    const serving = await activeVersion(storeId);

    const job = await request(storeId);
    const w = worker(wordEncoder());
    await w.runOnce(); // one batch of three done
    await cancelReindex(prisma, storeId, job.id);
    await w.runUntilIdle();
    expect((await jobProgress(prisma, storeId, job.id)).state).toBe('cancelled');
    expect(
      (await prisma.indexVersion.findUniqueOrThrow({ where: { id: job.indexVersionId } })).state,
    ).toBe('failed');
    expect(await storedEmbeddings(job)).toBe(0);
    expect((await activeVersion(storeId)).id).toBe(serving.id);
  });

  it('records a product that cannot be encoded and indexes the rest', async () => {
    const storeId = await seedStore(prisma, 'bad-product', 4);
    await prisma.product.update({
      where: { storeId_id: { storeId, id: 'p002' } },
      data: { title: 'BAD title' },
    });
    const job = await request(storeId);
    await worker(wordEncoder({ failOn: 'BAD' })).runUntilIdle();
    const progress = await jobProgress(prisma, storeId, job.id);
    expect(progress).toMatchObject({ state: 'succeeded', processed: 4, failedCount: 1 });
    expect(progress.failures).toEqual([
      { productId: 'p002', reason: 'encoding failed: cannot encode BAD' },
    ]);
    expect(await storedEmbeddings(job)).toBe(3);
  });

  it('retries a batch when the first stage fails, and fails the job when it never recovers', async () => {
    const storeId = await seedStore(prisma, 'flaky', 3);
    const flaky = new RecordingIndex();
    flaky.failuresLeft = 2;
    const job = await request(storeId);
    await worker(wordEncoder(), flaky).runUntilIdle();
    expect(await jobProgress(prisma, storeId, job.id)).toMatchObject({
      state: 'succeeded',
      failedCount: 0,
    });

    const down = new RecordingIndex();
    down.failuresLeft = Infinity;
    const doomed = await request(storeId);
    await worker(wordEncoder(), down).runUntilIdle();
    const progress = await jobProgress(prisma, storeId, doomed.id);
    expect(progress).toMatchObject({ state: 'failed', processed: 3, failedCount: 3 });
    expect(progress.failures[0]!.reason).toMatch(
      /gave up after 3 attempts: search engine unreachable/,
    );
    expect((await activeVersion(storeId)).id).toBe(job.indexVersionId);
  });

  it('records a database failure in words, without the client library, its call site or source paths', async () => {
    const storeId = await seedStore(prisma, 'db-failure', 3);
    const events: WorkerEvent[] = [];
    // A real failing Prisma call: its message names this file and line ("Invalid `prisma…`
    // invocation in …/reindex.test.ts:…").
    const indexSettings = async () => {
      await prisma.product.findMany({ where: { storeId: 'not a number' as unknown as number } });
      return { attributes: [], synonyms: {}, productCount: 0 };
    };
    const job = await request(storeId);
    await worker(wordEncoder(), new RecordingIndex(), {
      indexSettings,
      onEvent: (e: WorkerEvent) => events.push(e),
    }).runUntilIdle();
    const progress = await jobProgress(prisma, storeId, job.id);
    expect(progress).toMatchObject({ state: 'failed', failedCount: 3 });
    for (const { reason } of progress.failures) {
      expect(reason).toBe('gave up after 3 attempts: the database could not complete the batch');
      expect(reason).not.toMatch(/prisma|invocation|\.ts\b|\//i);
    }
    // The worker's log still gets the error itself.
    const retry = events.find((e) => e.type === 'batch-retry');
    expect((retry as { error: Error }).error.message).toMatch(/invocation/);
  });

  it('takes over the batch of a worker that died, counting every product once', async () => {
    const storeId = await seedStore(prisma, 'takeover', 6);
    const job = await request(storeId);
    const abandoned = await claimBatch(prisma, 'dead-worker', LEASE_MS);
    expect(abandoned).not.toBeNull();
    const survivor = worker(wordEncoder(), new RecordingIndex(), { leaseMs: LEASE_MS });
    await survivor.runUntilIdle(); // the dead worker's batch is still leased
    expect((await jobProgress(prisma, storeId, job.id)).processed).toBe(3);
    await outliveLeases(job.id);
    await survivor.runUntilIdle();
    expect(await jobProgress(prisma, storeId, job.id)).toMatchObject({
      state: 'succeeded',
      processed: 6,
    });
    expect(await storedEmbeddings(job)).toBe(6);
  });

  it('counts a batch once when a worker whose lease ran out commits after another finished it', async () => {
    const storeId = await seedStore(prisma, 'lost-lease', 3);
    const job = await request(storeId);
    const gate = gatedIndex();
    const events: WorkerEvent[] = [];
    const slow = worker(wordEncoder(), gate.index, {
      leaseMs: LEASE_MS,
      onEvent: (event: WorkerEvent) => events.push(event),
    });
    const slowRun = slow.runOnce();
    await gate.reached; // claimed, encoded, and held before syncing and committing
    await outliveLeases(job.id);
    const other = worker(wordEncoder(), new RecordingIndex(), { leaseMs: LEASE_MS });
    await other.runUntilIdle();
    expect(await jobProgress(prisma, storeId, job.id)).toMatchObject({
      state: 'succeeded',
      processed: 3,
    });

    gate.open();
    await slowRun;
    const [batch] = await prisma.reindexBatch.findMany({ where: { jobId: job.id } });
    expect(events).toEqual([{ type: 'batch-lost', jobId: job.id, batchId: batch!.id }]);
    expect(batch).toMatchObject({ state: 'done', attempts: 2, lockedBy: other.workerId });
    expect(await jobProgress(prisma, storeId, job.id)).toMatchObject({
      state: 'succeeded',
      total: 3,
      processed: 3,
      failedCount: 0,
    });
    expect(await storedEmbeddings(job)).toBe(3);
  });

  it('lets two workers share one job', async () => {
    const storeId = await seedStore(prisma, 'shared', 30);
    const job = await request(storeId, 'full', 2);
    const a = worker(wordEncoder());
    const b = worker(wordEncoder());
    await Promise.all([a.runUntilIdle(), b.runUntilIdle()]);
    const batches = await prisma.reindexBatch.findMany({ where: { jobId: job.id } });
    expect(batches.every((x) => x.state === 'done')).toBe(true);
    expect(await jobProgress(prisma, storeId, job.id)).toMatchObject({
      state: 'succeeded',
      processed: 30,
    });
  });

  it('keeps polling while idle without piling listeners on its stop signal, and stops on abort', async () => {
    const storeId = await seedStore(prisma, 'polling', 4);
    const stop = new AbortController();
    const running = worker(wordEncoder()).run(stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 200)); // ~20 polls of 10 ms
    expect(getEventListeners(stop.signal, 'abort').length).toBeLessThanOrEqual(1);

    const job = await request(storeId);
    await until(async () => (await jobProgress(prisma, storeId, job.id))?.state === 'succeeded');
    stop.abort();
    await running;
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });

  it('lets timers and requests of its process run between batches, so progress is seen moving', async () => {
    // On the embedded database every query answers as a microtask: without yielding, a whole job
    // ran before any timer, request or progress poll of the web process got a turn.
    const storeId = await seedStore(prisma, 'yielding', 30);
    const job = await request(storeId, 'full', 3);
    const seen: number[] = [];
    const poll = setInterval(() => {
      void prisma.reindexJob
        .findUniqueOrThrow({ where: { id: job.id } })
        .then(({ processed }) => seen.push(processed));
    }, 0);
    await worker(wordEncoder()).runUntilIdle();
    clearInterval(poll);
    const between = new Set(seen.filter((processed) => processed > 0 && processed < 30));
    expect(between.size).toBeGreaterThan(1);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
