// The hand-written SQL migrations must match what the generated client expects: every model can
// be created, read, updated and deleted, and database-side rules (generated search vector,
// partial unique indexes, cascades) hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, type Database } from '../src/index.ts';
import { openTestDatabase, testDatabaseKind } from '../src/testing.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe(`schema round trip on ${testDatabaseKind()}`, () => {
  it('re-running migrations applies nothing new', async () => {
    const again = await applyMigrations(db);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThan(0);
  });

  it('creates, reads, updates and deletes every model', async () => {
    const { prisma } = db;
    const store = await prisma.store.create({
      data: { slug: 'crud', name: 'CRUD shop', settings: { a: 1 } },
    });
    const user = await prisma.user.create({ data: { email: 'm@example.com', passwordHash: 'x' } });
    await prisma.storeMembership.create({
      data: { userId: user.id, storeId: store.id, role: 'merchant' },
    });
    await prisma.session.create({
      data: {
        tokenHash: 'h',
        userId: user.id,
        csrfToken: 'c',
        expiresAt: new Date(Date.now() + 1000),
      },
    });
    const product = await prisma.product.create({
      data: {
        storeId: store.id,
        id: 'p1',
        title: 'Garmin Forerunner GPS watch',
        brand: 'Garmin',
        priceMinor: 19999,
        attributes: { colour: 'Black', weight: 41.5, waterproof: true },
        gtins: ['0123'],
        categoryPath: ['Wearables', 'Watches'],
        releasedAt: new Date('2020-01-01T00:00:00Z'),
        contentHash: 'abc',
      },
    });
    expect(product.availability).toBe('in_stock');
    const version = await prisma.indexVersion.create({
      data: { storeId: store.id, model: 'm', modelDim: 128, codec: 'float16' },
    });
    await prisma.productEmbedding.create({
      data: {
        indexVersionId: version.id,
        storeId: store.id,
        productId: 'p1',
        tokenCount: 2,
        codec: 'float16',
        vectors: new Uint8Array([1, 2, 3, 4]),
        tokenIds: [101, 102],
        contentHash: 'abc',
      },
    });
    const job = await prisma.reindexJob.create({
      data: { storeId: store.id, indexVersionId: version.id, kind: 'full', total: 1 },
    });
    await prisma.reindexBatch.create({ data: { jobId: job.id, seq: 0, productIds: ['p1'] } });
    await prisma.reindexFailure.create({ data: { jobId: job.id, productId: 'p1', reason: 'r' } });
    const set = await prisma.judgmentSet.create({ data: { storeId: store.id, name: 'dev' } });
    await prisma.judgment.create({
      data: { judgmentSetId: set.id, query: 'gps', productId: 'p1', grade: 3 },
    });
    await prisma.evaluationRun.create({
      data: { storeId: store.id, judgmentSetId: set.id, configs: [], results: {} },
    });
    await prisma.storeAttribute.create({
      data: {
        storeId: store.id,
        name: 'attr_t_colour',
        kind: 'text',
        products: 1,
        distinctValues: 1,
      },
    });
    const event = await prisma.searchEvent.create({
      data: { storeId: store.id, query: 'gps', profile: 'hybrid', latencyMs: 3.5, resultCount: 1 },
    });
    expect(typeof event.id).toBe('bigint');

    const embedding = await prisma.productEmbedding.findUniqueOrThrow({
      where: { indexVersionId_productId: { indexVersionId: version.id, productId: 'p1' } },
    });
    expect([...embedding.vectors]).toEqual([1, 2, 3, 4]);
    expect(embedding.tokenIds).toEqual([101, 102]);

    const updated = await prisma.product.update({
      where: { storeId_id: { storeId: store.id, id: 'p1' } },
      data: { priceMinor: 100, availability: 'out_of_stock' },
    });
    expect(updated.priceMinor).toBe(100);
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(product.updatedAt.getTime());
    expect(updated.attributes).toEqual({ colour: 'Black', weight: 41.5, waterproof: true });

    // Deleting the store cascades to everything it owns.
    await prisma.store.delete({ where: { id: store.id } });
    expect(await prisma.product.count()).toBe(0);
    expect(await prisma.productEmbedding.count()).toBe(0);
    expect(await prisma.judgment.count()).toBe(0);
    expect(await prisma.searchEvent.count()).toBe(0);
    expect(await prisma.storeAttribute.count()).toBe(0);
    await prisma.user.delete({ where: { id: user.id } });
    expect(await prisma.session.count()).toBe(0);
  });

  it('keeps a weighted full-text vector generated from the row', async () => {
    const { prisma } = db;
    const store = await prisma.store.create({ data: { slug: 'fts', name: 'FTS' } });
    await prisma.product.create({
      data: {
        storeId: store.id,
        id: 'x',
        title: 'Wireless Mice',
        brand: 'Logitech',
        description: 'ergonomic',
        attributes: { colour: 'Graphite', dpi: 1600 },
        contentHash: 'h',
      },
    });
    const rows = await prisma.$queryRaw<{ v: string }[]>`
      SELECT search_vector::text AS v FROM product WHERE store_id = ${store.id} AND id = 'x'`;
    const vector = rows[0]!.v;
    expect(vector).toContain("'mice':2A");
    expect(vector).toContain("'logitech':3B");
    expect(vector).toContain("'ergonom':4C");
    expect(vector).toContain("'graphit'");
    expect(vector).not.toContain('1600'); // numeric attributes are filters, not words
  });

  it('allows one active index version and one unfinished re-index job per store', async () => {
    const { prisma } = db;
    const store = await prisma.store.create({ data: { slug: 'one-active', name: 'One' } });
    const base = { storeId: store.id, model: 'm', modelDim: 8, codec: 'float32' };
    const v1 = await prisma.indexVersion.create({ data: { ...base, state: 'active' } });
    await expect(
      prisma.indexVersion.create({ data: { ...base, state: 'active' } }),
    ).rejects.toThrow();
    await prisma.indexVersion.create({ data: { ...base, state: 'retired' } });
    await prisma.reindexJob.create({
      data: { storeId: store.id, indexVersionId: v1.id, kind: 'full' },
    });
    await expect(
      prisma.reindexJob.create({
        data: { storeId: store.id, indexVersionId: v1.id, kind: 'incremental' },
      }),
    ).rejects.toThrow();
  });
});
