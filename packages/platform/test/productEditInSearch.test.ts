// What the editor promises, held on both first stages: an edited product is found by its new words
// and shown with its new text at once; its token vectors (the reranker's) wait for a re-index.
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchRequest } from '@shopsearch/search';
import { listProducts } from '../src/catalog/listProducts.ts';
import { updateProduct } from '../src/catalog/updateProduct.ts';
import type { Platform } from '../src/createPlatform.ts';
import { addIndexedStore, testPlatform } from '../src/testing/testStore.ts';
import { firstPage, firstStages } from './helpers/firstStages.ts';

const STAGES = firstStages();

describe.each(STAGES)('an edited product on the %s first stage', (_, config) => {
  let platform: Platform;
  let storeId: number;
  afterAll(async () => platform?.close());

  const search = async (text: string, profile: SearchRequest['profile']) =>
    platform.services.search.search(
      firstPage(storeId, text, profile, { pageSize: 10, rerankDepth: 50 }),
    );

  it('is found by its new words and shown with its new text before any re-index', async () => {
    platform = await testPlatform({ ...(await config()), retrievalCacheTtlMs: 0 });
    storeId = await addIndexedStore(platform, 'shop');
    expect((await search('crimson', { name: 'lexical' })).hits).toEqual([]);
    const ids = async (text: string) =>
      (await search(text, { name: 'lexical' })).hits.map((h) => h.product.id);
    expect(await ids('wireless')).toContain('m1');

    const edit = await updateProduct(platform.services, { id: storeId, currency: 'USD' }, 'm1', {
      title: 'Logitech M185 cordless mouse, crimson',
      priceMinor: 999,
    });
    expect(edit.contentHashChanged).toBe(true);

    for (const profile of [{ name: 'lexical' }, { name: 'colbert' }] as const) {
      const hits = (await search('crimson', profile)).hits;
      expect(hits.map((h) => h.product)).toEqual([
        expect.objectContaining({
          id: 'm1',
          title: 'Logitech M185 cordless mouse, crimson',
          priceMinor: 999,
        }),
      ]);
    }
    // The old words are gone from the first stage too.
    expect(await ids('wireless')).not.toContain('m1');
    // The vectors wait: the product is still marked for the next re-index.
    const row = await listProducts(platform.db, storeId, { q: 'm1', page: 0, pageSize: 1 });
    expect(row.items[0]).toMatchObject({ id: 'm1', indexStatus: 'changed' });
  }, 240_000);

  it('suggests a brand given by an edit at once, and forgets one no product has any more', async () => {
    const brands = async (prefix: string) =>
      (await platform.services.search.suggest(storeId, prefix, 5))
        .filter((s) => s.kind === 'brand')
        .map((s) => s.text);
    expect(await brands('qua')).toEqual([]);
    const before = await brands('logi');
    expect(before).toEqual(['Logitech']);
    const logitech = await platform.db.prisma.product.findMany({
      where: { storeId, brand: 'Logitech' },
      select: { id: true },
    });
    for (const { id } of logitech)
      await updateProduct(platform.services, { id: storeId, currency: 'USD' }, id, {
        brand: 'Quasar',
      });
    expect(await brands('qua')).toEqual(['Quasar']);
    expect(await brands('logi')).toEqual([]);
  }, 240_000);
});
