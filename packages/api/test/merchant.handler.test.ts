import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, errorCode, signedIn } from './people.ts';

let t: TestPlatform;
let merchant: Awaited<ReturnType<typeof signedIn>>['caller'];

beforeAll(async () => {
  t = await indexedTestPlatform('shop');
  await addUser(t.db.prisma, 'merchant@shop.test', [{ storeId: t.storeId, role: 'merchant' }]);
  merchant = (await signedIn(t.platform.services, 'merchant@shop.test')).caller;
});
afterAll(async () => t?.close());

describe('catalog management', () => {
  it('refuses a negative price or an empty title and leaves the product as it was', async () => {
    const before = await t.db.prisma.product.findFirstOrThrow({ where: { id: 'm1' } });
    await expect(
      merchant.catalog.updateProduct({ store: 'shop', id: 'm1', patch: { priceMinor: -1 } }),
    ).rejects.toThrow(/a price cannot be negative/);
    // The column holds 32 bits; a larger price was a database error (a 500).
    await expect(
      merchant.catalog.updateProduct({ store: 'shop', id: 'm1', patch: { priceMinor: 2 ** 31 } }),
    ).rejects.toThrow('patch.priceMinor: a price in USD can be at most 21,474,836.47');
    await expect(
      merchant.catalog.updateProduct({ store: 'shop', id: 'm1', patch: { title: '   ' } }),
    ).rejects.toThrow(/a product needs a title/);
    expect(
      await errorCode(
        merchant.catalog.updateProduct({ store: 'shop', id: 'nope', patch: { title: 'x' } }),
      ),
    ).toBe('NOT_FOUND');
    expect(await t.db.prisma.product.findFirstOrThrow({ where: { id: 'm1' } })).toEqual(before);
  });

  it('finds products by text with %, _ and backslash taken literally', async () => {
    // A second store of the merchant's (a new sign-in sees it), so the shop's catalog stays as the
    // other tests expect.
    const { id: storeId } = await t.db.prisma.store.create({
      data: {
        slug: 'signs',
        name: 'Signs',
        memberships: {
          create: { user: { connect: { email: 'merchant@shop.test' } }, role: 'merchant' },
        },
      },
    });
    const titles = {
      pct: '100% cotton shirt',
      cotton: '100 cotton socks',
      under: 'USB_C cable',
      usb: 'USB-C charger',
      slash: 'Folder C:\\Temp label',
      plain: 'Bamboo board',
    };
    await t.db.prisma.product.createMany({
      data: Object.entries(titles).map(([id, title]) => ({ storeId, id, title, contentHash: id })),
    });
    const { caller } = await signedIn(t.platform.services, 'merchant@shop.test');
    const found = async (q: string) =>
      (await caller.catalog.listProducts({ store: 'signs', q })).items.map((p) => p.id).sort();
    expect(await found('100%')).toEqual(['pct']);
    expect(await found('%')).toEqual(['pct']);
    expect(await found('b_c')).toEqual(['under']);
    expect(await found('_')).toEqual(['under']);
    expect(await found('a_b')).toEqual([]);
    expect(await found('c:\\t')).toEqual(['slash']);
    expect(await found('\\')).toEqual(['slash']);
  });

  it('marks an edited product for re-index, and an incremental re-index picks it up', async () => {
    const edit = await merchant.catalog.updateProduct({
      store: 'shop',
      id: 'm1',
      patch: { title: 'Logitech M185 Wireless Mouse, red', priceMinor: 1299 },
    });
    expect(edit.contentHashChanged).toBe(true);
    const row = (await merchant.catalog.listProducts({ store: 'shop', q: 'M185' })).items[0]!;
    expect(row).toMatchObject({ id: 'm1', indexStatus: 'changed', priceMinor: 1299 });
    expect((await merchant.reindex.status({ store: 'shop' })).pendingProducts).toBe(1);

    const job = await merchant.reindex.start({ store: 'shop', kind: 'incremental' });
    expect(job).toMatchObject({ kind: 'incremental', total: 1, state: 'queued' });
    expect(await errorCode(merchant.reindex.start({ store: 'shop' }))).toBe('CONFLICT');
    await t.platform.worker.runUntilIdle();
    const status = await merchant.reindex.status({ store: 'shop', jobId: job.id });
    expect(status.job).toMatchObject({ state: 'succeeded', processed: 1, failedCount: 0 });
    expect(status.pendingProducts).toBe(0);
    // With nothing left to do, another incremental re-index is refused, saying why.
    const again = merchant.reindex.start({ store: 'shop', kind: 'incremental' });
    await expect(again).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /^Nothing to re-index: no product was added, changed or deleted/,
      ),
    });
    const result = await t.caller.search.query({
      store: 'shop',
      q: 'red mouse',
      ranking: { profile: 'colbert' },
    });
    expect(result.hits[0]!.product.id).toBe('m1');
    expect(result.indexVersion!.id).toBe(job.indexVersionId);
  });

  it('deletes a product from the catalog, the token store and search', async () => {
    await merchant.catalog.deleteProduct({ store: 'shop', id: 'c2' });
    expect(await t.db.prisma.productEmbedding.count({ where: { productId: 'c2' } })).toBe(0);
    const result = await t.caller.search.query({ store: 'shop', q: 'camera bag' });
    expect(result.hits.map((h) => h.product.id)).not.toContain('c2');
    expect(await errorCode(merchant.catalog.deleteProduct({ store: 'shop', id: 'c2' }))).toBe(
      'NOT_FOUND',
    );
  });

  it('offers the configured models with the codecs each accepts, and names the active one', async () => {
    const options = await merchant.reindex.options({ store: 'shop' });
    const model = options.models.find((m) => m.name === options.defaultModel)!;
    expect(model).toMatchObject({
      kind: 'static',
      codecs: ['float32', 'float16', 'int8', 'tokenid'],
    });
    expect(options.active).toMatchObject({ model: options.defaultModel, codec: 'tokenid' });
  });

  it('builds a version with another codec beside the active one, then retires the old', async () => {
    const before = await merchant.reindex.versions({ store: 'shop' });
    const serving = before.find((v) => v.state === 'active')!;
    const job = await merchant.reindex.start({ store: 'shop', kind: 'full', codec: 'float16' });
    expect(job.kind).toBe('full');
    // Until the new version is complete, searches keep using the active one.
    const during = await t.caller.search.query({
      store: 'shop',
      q: 'mouse',
      ranking: { profile: 'colbert' },
    });
    expect(during.indexVersion!.id).toBe(serving.id);
    await t.platform.worker.runUntilIdle();
    const after = await merchant.reindex.versions({ store: 'shop' });
    expect(after.find((v) => v.id === job.indexVersionId)).toMatchObject({
      state: 'active',
      codec: 'float16',
      products: 11,
    });
    expect(after.find((v) => v.id === serving.id)!.state).toBe('retired');
    const switched = await t.caller.search.query({
      store: 'shop',
      q: 'mouse',
      ranking: { profile: 'colbert' },
    });
    expect(switched.indexVersion).toMatchObject({ id: job.indexVersionId, codec: 'float16' });
    expect(
      await errorCode(
        merchant.reindex.retireVersion({ store: 'shop', versionId: job.indexVersionId }),
      ),
    ).toBe('CONFLICT');
    const { deleted } = await merchant.reindex.deleteRetired({ store: 'shop' });
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect((await merchant.reindex.versions({ store: 'shop' })).map((v) => v.state)).toEqual([
      'active',
    ]);
  });
});
