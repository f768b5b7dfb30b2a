import { describe, expect, it } from 'vitest';
import {
  createStore,
  ensureStore,
  findStore,
  importCatalog,
  InvalidStoreError,
  listStores,
  StoreExistsError,
  UnknownStoreError,
} from '../src/index.ts';
import { fixture } from './helpers/fixtures.ts';
import { useSharedDatabase } from './helpers/sharedDatabase.ts';

const shared = useSharedDatabase();

describe('stores', () => {
  it('creates a store with a normalised currency and finds it by slug', async () => {
    const store = await createStore(shared.db(), {
      slug: 'tokyo',
      name: ' Tokyo Shop ',
      currency: 'jpy',
    });
    expect(store).toMatchObject({ slug: 'tokyo', name: 'Tokyo Shop', currency: 'JPY' });
    expect((await findStore(shared.db(), 'tokyo')).id).toBe(store.id);
    await expect(findStore(shared.db(), 'osaka')).rejects.toThrow(UnknownStoreError);
  });

  it('refuses a taken slug and invalid input with sentences naming the field', async () => {
    await createStore(shared.db(), { slug: 'taken', name: 'First' });
    await expect(createStore(shared.db(), { slug: 'taken', name: 'Second' })).rejects.toThrow(
      new StoreExistsError('taken'),
    );
    await expect(createStore(shared.db(), { slug: 'Bad Slug', name: 'x' })).rejects.toThrow(
      "The store's slug must be 1 to 64 lowercase letters, digits or dashes, not starting or ending with a dash.",
    );
    await expect(createStore(shared.db(), { slug: 'platform', name: 'x' })).rejects.toThrow(
      "The store's slug is reserved for the platform’s own pages; choose another.",
    );
    await expect(createStore(shared.db(), { slug: 'ok', name: '  ' })).rejects.toThrow(
      "The store's name is required.",
    );
    await expect(
      createStore(shared.db(), { slug: 'ok', name: 'x', currency: 'DOLLARS' }),
    ).rejects.toThrow(InvalidStoreError);
  });

  it('ensures a store exists without touching an existing one', async () => {
    const first = await ensureStore(shared.db(), { slug: 'demo', name: 'Demo Electronics' });
    const second = await ensureStore(shared.db(), { slug: 'demo', name: 'Other name' });
    expect(first.created).toBe(true);
    expect(second).toMatchObject({
      created: false,
      store: { id: first.store.id, name: 'Demo Electronics' },
    });
  });

  it('lists stores with their product counts', async () => {
    await createStore(shared.db(), { slug: 'listed', name: 'Listed' });
    await importCatalog(shared.db(), { store: 'listed', file: fixture('products.jsonl') });
    const stores = await listStores(shared.db());
    expect(stores.find((s) => s.slug === 'listed')).toMatchObject({
      name: 'Listed',
      currency: 'USD',
      productCount: 3,
    });
    expect(stores.find((s) => s.slug === 'taken')?.productCount).toBe(0);
  });
});
