import { afterAll, describe, expect, it } from 'vitest';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';

const t: TestPlatform = await indexedTestPlatform();
afterAll(async () => t.close());

describe('store.info', () => {
  it('describes a store for its storefront: name, currency and labelled facets', async () => {
    expect(await t.caller.store.info({ store: 'shop' })).toEqual({
      slug: 'shop',
      name: 'Test shop',
      currency: 'USD',
      facetAttributes: [
        { name: 'attr_t_product_colour', label: 'Product colour', kind: 'text' },
        { name: 'attr_n_weight', label: 'Weight', kind: 'numeric' },
      ],
    });
  });

  it('names an unknown store in a NOT_FOUND', async () => {
    await expect(t.caller.store.info({ store: 'nowhere' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no store called "nowhere".',
    });
  });

  it('finds no store for what is not a store name (routes outside tRPC pass it unchecked)', async () => {
    const { stores } = t.platform.services;
    for (const slug of ['', 'a\0b', 'Shop', '-shop', 'x'.repeat(65)])
      expect(await stores.bySlug(slug), JSON.stringify(slug)).toBeNull();
    expect((await stores.bySlug('shop'))?.slug).toBe('shop');
  });
});
