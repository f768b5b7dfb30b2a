// Editing real demo products: every Icecat product has a release date, which an edit once sent
// back to validation as a Date and had refused ("releasedAt: must be text"). Every editable field
// is changed and changed back; the fields an edit does not touch survive both writes unchanged.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStore, findStore, importCatalog, upsertProducts } from '@shopsearch/catalog';
import type { Product } from '@shopsearch/db';
import type { Platform } from '../src/createPlatform.ts';
import {
  ProductEditRefusedError,
  ProductNotFoundError,
  updateProduct,
  type ProductPatch,
} from '../src/catalog/updateProduct.ts';
import { BUNDLED_ICECAT_DIR } from '../src/seed/demoStore.ts';
import { testPlatform } from '../src/testing/testStore.ts';

let platform: Platform;
let store: { id: number; currency: string };
/** The demo product the issue was found with, and a spread of others from the same archive. */
let edited: Product[];

beforeAll(async () => {
  platform = await testPlatform();
  await ensureStore(platform.db, { slug: 'demo', name: 'Demo', currency: 'USD' });
  store = await findStore(platform.db, 'demo');
  // The archive read as the import reads it; a spread of its products written as it writes them.
  const { sample } = await importCatalog(platform.db, {
    store: 'demo',
    file: join(BUNDLED_ICECAT_DIR, '4.json.zip'),
    dryRun: true,
    sampleSize: 5_000,
  });
  const chosen = sample.filter((p, i) => p.id === '4703509' || i % 500 === 0);
  await upsertProducts(platform.db, store.id, chosen);
  const ids = chosen
    .map((p) => p.id)
    .sort((a, b) => Number(a !== '4703509') - Number(b !== '4703509'));
  edited = await Promise.all(ids.map(read));
}, 120_000);
afterAll(async () => platform?.close());

const deps = () => ({
  prisma: platform.db.prisma,
  firstStageIndex: platform.firstStage.index,
  storeChanged: () => {},
});
const read = (id: string) =>
  platform.db.prisma.product.findUniqueOrThrow({
    where: { storeId_id: { storeId: store.id, id } },
  });

/** What an edit must leave alone. */
const untouched = (p: Product) => ({
  releasedAt: p.releasedAt,
  gtins: p.gtins,
  categoryPath: p.categoryPath,
  attributes: p.attributes,
  currency: p.currency,
});

describe('updateProduct on real demo products', () => {
  it('edits every field of dated Icecat products and edits them back', async () => {
    expect(edited[0]!.releasedAt).toEqual(new Date('2010-04-07T00:00:00.000Z'));
    for (const before of edited) {
      expect(before.releasedAt).not.toBeNull();
      const patch: Required<ProductPatch> = {
        title: `${before.title} (edited)`,
        sku: `${before.sku}-E`,
        brand: `${before.brand} Europe`,
        description: `Edited.\n\n${before.description}`.trim(),
        priceMinor: (before.priceMinor ?? 0) + 101,
        availability: before.availability === 'preorder' ? 'in_stock' : 'preorder',
        imageUrl: `https://images.example.com/${before.id}.jpg`,
      };
      const edit = await updateProduct(deps(), store, before.id, patch);
      expect(edit).toEqual({ id: before.id, contentHashChanged: true });
      const after = await read(before.id);
      expect(after).toMatchObject(patch);
      expect(untouched(after)).toEqual(untouched(before));

      const back = await updateProduct(deps(), store, before.id, {
        title: before.title,
        sku: before.sku,
        brand: before.brand,
        description: before.description,
        priceMinor: before.priceMinor,
        availability: before.availability,
        imageUrl: before.imageUrl,
      });
      expect(back.contentHashChanged).toBe(true);
      const restored = await read(before.id);
      // The import's hash again: the stored product is the imported one, field for field.
      expect({ ...restored, updatedAt: null }).toEqual({ ...before, updatedAt: null });
    }
  });

  it('saves one field alone, and clears the price and the image', async () => {
    const before = edited[1]!;
    await updateProduct(deps(), store, before.id, { title: 'A new title' });
    expect(await read(before.id)).toMatchObject({ title: 'A new title', sku: before.sku });
    await updateProduct(deps(), store, before.id, { priceMinor: null, imageUrl: null });
    expect(await read(before.id)).toMatchObject({ priceMinor: null, imageUrl: null });
  });

  it('refuses what an import would refuse, naming the field, and writes nothing', async () => {
    const before = await read(edited[2]!.id);
    await expect(updateProduct(deps(), store, before.id, { priceMinor: 2 ** 31 })).rejects.toThrow(
      new ProductEditRefusedError('a price in USD can be at most 21,474,836.47', 'priceMinor'),
    );
    await expect(
      updateProduct(deps(), store, before.id, { title: 'x'.repeat(1001) }),
    ).rejects.toThrow(/^The product was not saved: title: is 1,001 characters long/);
    await expect(updateProduct(deps(), store, 'no-such-id', { title: 'x' })).rejects.toThrow(
      ProductNotFoundError,
    );
    expect(await read(before.id)).toEqual(before);
  });
});
