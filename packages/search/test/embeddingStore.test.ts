import { afterAll, describe, expect, it } from 'vitest';
import type { Database, PrismaClient } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import { EmbeddingStore, type ActiveIndexVersion } from '../src/embeddingStore.ts';

const db: Database = await openTestDatabase();
const prisma: PrismaClient = db.prisma;
afterAll(async () => db.close());

let stores = 0;
async function storeWithVersion(state: 'active' | 'building' = 'active') {
  stores += 1;
  const store = await prisma.store.create({
    data: { slug: `embeddings-${stores}`, name: `Store ${stores}` },
  });
  return { storeId: store.id, version: await addVersion(store.id, state) };
}

async function addVersion(storeId: number, state: 'active' | 'building' | 'retired') {
  return prisma.indexVersion.create({
    data: { storeId, model: 'm', modelDim: 4, codec: 'tokenid', state },
    select: { id: true, model: true, modelDim: true, codec: true },
  });
}

/** Stores `ids` as the product's token ids (uint16, as the tokenid codec packs them). */
async function addEmbedding(
  version: ActiveIndexVersion,
  storeId: number,
  id: string,
  ids: number[],
) {
  await prisma.productEmbedding.create({
    data: {
      indexVersionId: version.id,
      storeId,
      productId: id,
      tokenCount: ids.length,
      codec: 'tokenid',
      vectors: new Uint8Array(Uint16Array.from(ids).buffer),
      tokenIds: ids,
      contentHash: id,
      titleWords: ids.length,
    },
  });
}

describe(`EmbeddingStore on ${testDatabaseKind()}`, () => {
  it('loads the version’s vectors of the candidates and serves repeats from memory', async () => {
    const { storeId, version } = await storeWithVersion();
    await addEmbedding(version, storeId, 'p1', [5, 6, 7]);
    await addEmbedding(version, storeId, 'p2', [8]);
    const embeddings = new EmbeddingStore(db.reader);

    const first = await embeddings.load(storeId, version, ['p1', 'p2', 'not-indexed']);
    expect(first.cacheHits).toBe(0);
    expect([...first.byProductId.keys()].sort()).toEqual(['p1', 'p2']);
    expect([...first.byProductId.get('p1')!.tokenIds]).toEqual([5, 6, 7]);
    expect(first.byProductId.get('p1')!.titleWords).toBe(3);

    // Gone from the database, still served: the repeat never reads it.
    await prisma.productEmbedding.deleteMany({ where: { indexVersionId: version.id } });
    const again = await embeddings.load(storeId, version, ['p2', 'p1']);
    expect(again.cacheHits).toBe(2);
    expect(again.byProductId.get('p1')).toBe(first.byProductId.get('p1'));
  });

  it('keeps the same product id of two stores and two versions apart', async () => {
    const a = await storeWithVersion();
    const b = await storeWithVersion();
    const aNext = await addVersion(a.storeId, 'building');
    await addEmbedding(a.version, a.storeId, 'same', [1]);
    await addEmbedding(aNext, a.storeId, 'same', [2, 2]);
    await addEmbedding(b.version, b.storeId, 'same', [3, 3, 3]);
    const embeddings = new EmbeddingStore(db.reader);

    for (let pass = 0; pass < 2; pass++) {
      const loads = await Promise.all([
        embeddings.load(a.storeId, a.version, ['same']),
        embeddings.load(a.storeId, aNext, ['same']),
        embeddings.load(b.storeId, b.version, ['same']),
      ]);
      expect(loads.map((l) => [...l.byProductId.get('same')!.tokenIds])).toEqual([
        [1],
        [2, 2],
        [3, 3, 3],
      ]);
      expect(loads.map((l) => l.cacheHits)).toEqual(pass === 0 ? [0, 0, 0] : [1, 1, 1]);
    }
  });

  it('drops the vectors of a version once another is active', async () => {
    const { storeId, version } = await storeWithVersion();
    await addEmbedding(version, storeId, 'p', [4]);
    const embeddings = new EmbeddingStore(db.reader);
    expect((await embeddings.activeVersion(storeId))?.id).toBe(version.id);
    await embeddings.load(storeId, version, ['p']);
    expect((await embeddings.load(storeId, version, ['p'])).cacheHits).toBe(1);

    const next = await addVersion(storeId, 'building');
    await prisma.indexVersion.update({ where: { id: version.id }, data: { state: 'retired' } });
    await prisma.indexVersion.update({ where: { id: next.id }, data: { state: 'active' } });
    embeddings.invalidate(storeId);
    expect((await embeddings.activeVersion(storeId))?.id).toBe(next.id);
    expect(embeddings.cachedBytes).toBe(0);
    expect((await embeddings.load(storeId, version, ['p'])).cacheHits).toBe(0);
  });

  it('stays within its byte bound', async () => {
    const { storeId, version } = await storeWithVersion();
    const ids = ['a', 'b', 'c', 'd'];
    for (const id of ids) await addEmbedding(version, storeId, id, [1, 2, 3, 4, 5, 6, 7, 8]);
    // One product takes 16 + 32 bytes of arrays plus bookkeeping (< 200): two fit, four do not.
    const embeddings = new EmbeddingStore(db.reader, { maxCacheBytes: 400 });
    await embeddings.load(storeId, version, ids);
    expect(embeddings.cachedBytes).toBeGreaterThan(0);
    expect(embeddings.cachedBytes).toBeLessThanOrEqual(400);
    const again = await embeddings.load(storeId, version, ids);
    expect(again.byProductId.size).toBe(4);
    expect(again.cacheHits).toBeGreaterThan(0);
    expect(again.cacheHits).toBeLessThan(4);
  });
});
