// The store's product types kept with the attribute summary: the type attributes' values that
// enough products carry, refreshed as the catalog changes, read without scanning the catalog.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import {
  CATALOG_TYPE_LIMITS,
  loadCatalogTypes,
  refreshProductTypes,
} from '../src/productTypes/catalogTypes.ts';

const ENOUGH = CATALOG_TYPE_LIMITS.minProducts;
let db: Database;
let storeId = 0;
let other = 0;

const typed = (store: number, prefix: string, count: number, attributes: object) =>
  Array.from({ length: count }, (_, i) => ({
    storeId: store,
    id: `${prefix}${i}`,
    title: `${prefix} ${i}`,
    contentHash: `${prefix}${i}`,
    attributes,
  }));

beforeAll(async () => {
  db = await openTestDatabase();
  storeId = (await db.prisma.store.create({ data: { slug: 'types', name: 'Types' } })).id;
  other = (await db.prisma.store.create({ data: { slug: 'types-b', name: 'B' } })).id;
  await db.prisma.product.createMany({
    data: [
      ...typed(storeId, 'nb', ENOUGH + 1, { attr_t_product_type: 'Notebook' }),
      // Named in both attributes: kept under the one naming it on more products.
      ...typed(storeId, 'pc', ENOUGH, { attr_t_product_type: 'PC' }),
      ...typed(storeId, 'pt', ENOUGH + 2, { attr_t_type: 'PC' }),
      ...typed(storeId, 'rare', ENOUGH - 1, { attr_t_type: 'Frisbee' }),
      ...typed(storeId, 'num', ENOUGH, { attr_t_type: '16' }),
      ...typed(other, 'kb', ENOUGH, { attr_t_type: 'Keyboard' }),
    ],
  });
});
afterAll(async () => db?.close());

describe(`product types on ${testDatabaseKind()}`, () => {
  it('keeps the values enough products carry, with the summary, most common first', async () => {
    expect((await loadCatalogTypes(db.reader, storeId)).labels).toEqual([]);
    await refreshProductTypes(db.prisma, storeId);
    const types = await loadCatalogTypes(db.reader, storeId);
    // "Frisbee" is on too few products, "16" names nothing, "Keyboard" is another store's.
    expect(types.labels).toEqual(['PC', 'Notebook']);
    expect(types.attributes).toEqual(['attr_t_type', 'attr_t_product_type']);
    expect([...types.heads].sort()).toEqual(['notebook', 'pc']);
  });

  it('drops a type its products no longer carry at the next refresh', async () => {
    await db.prisma.product.deleteMany({ where: { storeId, id: { startsWith: 'nb' } } });
    await refreshProductTypes(db.prisma, storeId);
    expect((await loadCatalogTypes(db.reader, storeId)).labels).toEqual(['PC']);
    expect(await db.prisma.storeProductType.count({ where: { storeId: other } })).toBe(0);
  });
});
