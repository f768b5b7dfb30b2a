// Keeping store indexes in sync: settings, batches awaited one by one, task failures as typed
// errors, and one index per store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/documents.ts';
import {
  FirstStageTaskError,
  InvalidFilterError,
} from '../../src/retrievers/meilisearch/errors.ts';
import { MeilisearchIndex } from '../../src/retrievers/meilisearch/meilisearchIndex.ts';
import { MeilisearchRetriever } from '../../src/retrievers/meilisearch/meilisearchRetriever.ts';
import { startMeilisearchDouble, type MeilisearchDouble } from '@shopsearch/meilisearch-double';

const KEY = 'sync-key';
const SETTINGS = {
  attributes: ['attr_t_colour'],
  synonyms: { laptop: ['notebook'], notebook: ['laptop'], tv: ['television'] },
  productCount: 10,
};
let double: MeilisearchDouble;
let index: MeilisearchIndex;
let retriever: MeilisearchRetriever;

function product(id: string, title = `Product ${id}`): SearchDocument {
  return {
    id,
    sku: `SKU-${id}`,
    title,
    brand: 'Acme',
    description: '',
    priceMinor: 100,
    availability: 'in_stock',
    releasedAt: null,
    attributes: { attr_t_colour: 'Red' },
  };
}

const search = (storeId: number, text: string) =>
  retriever.retrieve({ storeId, text, filters: {}, sort: 'relevance', offset: 0, limit: 10 });

beforeAll(async () => {
  double = await startMeilisearchDouble({ apiKey: KEY, taskStepDelayMs: 3 });
  const options = { host: double.url, apiKey: KEY, indexPrefix: 'sync_' };
  index = new MeilisearchIndex(options);
  retriever = new MeilisearchRetriever(options);
});
afterAll(async () => double.close());

describe('prepare', () => {
  it('creates the store index with its settings in one task, and can run again', async () => {
    await index.prepare(1, SETTINGS);
    await index.prepare(1, SETTINGS);
    const created = double.index('sync_store_1')!;
    expect(created.settings).toMatchObject({
      searchableAttributes: ['title', 'brand', 'sku', 'description', 'attributes'],
      filterableAttributes: [
        'brand',
        'priceMinor',
        'availability',
        'attributes.attr_t_colour',
        'attributeNumbers.attr_t_colour',
      ],
      sortableAttributes: ['priceMinor', 'releasedAt'],
      synonyms: { laptop: ['notebook'], notebook: ['laptop'], tv: ['television'] },
      typoTolerance: { enabled: true, oneTypo: 5, twoTypos: 9, disableOnAttributes: ['sku'] },
      faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    });
    // The index never exists without its settings: searches on it need them (facets, sort).
    expect(double.tasks().map((t) => [t.type, t.status])).toEqual([
      ['settingsUpdate', 'succeeded'],
      ['settingsUpdate', 'succeeded'],
    ]);
    expect(created.primaryKey).toBeNull();
    await index.upsert(1, [product('first')]);
    expect(double.index('sync_store_1')!.primaryKey).toBe('id');
    await index.remove(1, ['first']);
  });

  it('refuses an attribute name that is not an identifier before sending anything', async () => {
    const before = double.requests.length;
    await expect(
      index.prepare(9, { attributes: ['colour OR x'], synonyms: {}, productCount: 0 }),
    ).rejects.toThrow(InvalidFilterError);
    expect(double.requests.length).toBe(before);
  });

  it('applies synonyms as given: both ways when both are listed, one way otherwise', async () => {
    await index.upsert(1, [product('lap', 'Thin laptop'), product('note', 'Paper notebook')]);
    expect((await search(1, 'notebook')).candidates.map((c) => c.productId).sort()).toEqual([
      'lap',
      'note',
    ]);
    expect((await search(1, 'laptop')).candidates.map((c) => c.productId).sort()).toEqual([
      'lap',
      'note',
    ]);
    await index.upsert(1, [product('tv', 'Wall tv bracket'), product('set', 'Television 55 inch')]);
    expect((await search(1, 'tv')).candidates.map((c) => c.productId).sort()).toEqual([
      'set',
      'tv',
    ]);
    expect((await search(1, 'television')).candidates.map((c) => c.productId)).toEqual(['set']);
    await index.remove(1, ['lap', 'note', 'tv', 'set']);
  });
});

describe('upsert and remove', () => {
  it('sends 2,500 documents as 3 batches, each awaited before the next is sent', async () => {
    await index.prepare(2, SETTINGS);
    const before = double.requests.length;
    const documents = Array.from({ length: 2_500 }, (_, i) => product(`p${i}`));
    await index.upsert(2, documents);

    const sent = double.requests.slice(before);
    const batches = sent.filter((r) => r.method === 'POST');
    expect(batches.map((r) => (r.body as unknown[]).length)).toEqual([1_000, 1_000, 500]);
    expect(batches.every((r) => r.path === '/indexes/sync_store_2/documents')).toBe(true);
    expect(batches.every((r) => r.query.primaryKey === 'id')).toBe(true);
    // After each batch, its task is polled until it succeeded, before anything else is sent.
    for (const [i, batch] of batches.entries()) {
      const taskUid = (batch.response as { taskUid: number }).taskUid;
      const until = i + 1 < batches.length ? sent.indexOf(batches[i + 1]!) : sent.length;
      const polls = sent.slice(sent.indexOf(batch) + 1, until);
      expect(polls.length).toBeGreaterThan(0);
      expect(polls.every((r) => r.method === 'GET' && r.path === `/tasks/${taskUid}`)).toBe(true);
      expect(polls.at(-1)!.response).toMatchObject({ status: 'succeeded' });
    }
    expect(double.index('sync_store_2')!.documents).toHaveLength(2_500);
  });

  it('removes documents in batches too', async () => {
    const before = double.requests.length;
    await index.remove(
      2,
      Array.from({ length: 1_500 }, (_, i) => `p${i}`),
    );
    const deletions = double.requests
      .slice(before)
      .filter((r) => r.path === '/indexes/sync_store_2/documents/delete-batch');
    expect(deletions.map((r) => (r.body as unknown[]).length)).toEqual([1_000, 500]);
    expect(double.index('sync_store_2')!.documents).toHaveLength(1_000);
  });

  it('does not send anything for an empty list', async () => {
    const before = double.requests.length;
    await index.upsert(2, []);
    await index.remove(2, []);
    expect(double.requests.length).toBe(before);
  });

  it('surfaces a failed task as a typed error naming the task and the engine error', async () => {
    // An index someone created with another primary key refuses the product's documents.
    const created = await fetch(`${double.url}/indexes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ uid: 'sync_store_5', primaryKey: 'sku' }),
    });
    expect(created.status).toBe(202);
    const error = await index.upsert(5, [product('fine')]).catch((e) => e);
    expect(error).toBeInstanceOf(FirstStageTaskError);
    const failed = double.tasks().at(-1)!;
    expect(failed.status).toBe('failed');
    expect(error.cause).toMatchObject({
      taskUid: failed.uid,
      code: 'index_primary_key_already_exists',
    });
    expect(error.message).toMatch(
      new RegExp(
        `^search engine task ${failed.uid} failed: index_primary_key_already_exists: Index `,
      ),
    );
  });
});

describe('document keys', () => {
  const oddIds = ['cable.1', 'a/b', 'with space', 'café', '_x', 'x', '∞'.repeat(200)];

  it('stores every product under a key the engine accepts, with its own id beside it', async () => {
    await index.prepare(6, SETTINGS);
    await index.upsert(
      6,
      oddIds.map((id) => product(id)),
    );
    const stored = double.index('sync_store_6')!.documents;
    expect(stored.map((d) => d.productId)).toEqual(oddIds);
    const keys = stored.map((d) => d.id as string);
    expect(keys.every((key) => /^[A-Za-z0-9_-]{1,511}$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(oddIds.length);
    // Ids the engine takes as they are keep them; `_x` is hashed, so no other id can become `_x`.
    expect(keys.filter((key, i) => key === oddIds[i])).toEqual(['x']);
  });

  it('updates and removes a product through the same key', async () => {
    await index.upsert(6, [product('cable.1', 'Renamed cable')]);
    expect(double.index('sync_store_6')!.documents).toHaveLength(oddIds.length);
    expect((await search(6, 'renamed')).candidates.map((c) => c.productId)).toEqual(['cable.1']);
    await index.remove(6, ['cable.1', 'with space']);
    expect(double.index('sync_store_6')!.documents.map((d) => d.productId)).toEqual(
      oddIds.filter((id) => id !== 'cable.1' && id !== 'with space'),
    );
  });
});

describe('document batches and the payload limit', () => {
  it('cuts batches by size as well as count, so no request passes the engine limit', async () => {
    // An engine whose payload limit 12 products of ~4 KB each would pass in one request.
    const small = await startMeilisearchDouble({ payloadLimitBytes: 20_000 });
    try {
      const options = { host: small.url, indexPrefix: 'bytes_', batchBytes: 20_000 };
      const bounded = new MeilisearchIndex(options);
      await bounded.prepare(1, SETTINGS);
      const documents = Array.from({ length: 12 }, (_, i) => ({
        ...product(`p${i}`),
        description: 'é'.repeat(2_000),
      }));
      await bounded.upsert(1, documents);
      const sent = small.requests.filter((r) => r.path === '/indexes/bytes_store_1/documents');
      expect(sent.every((r) => r.status === 202 && r.bytes <= 20_000)).toBe(true);
      expect(sent.map((r) => (r.body as unknown[]).length)).toEqual([4, 4, 4]);
      expect(small.index('bytes_store_1')!.documents).toHaveLength(12);
    } finally {
      await small.close();
    }
  });

  it('refuses a batch size or byte limit that is not a positive integer', () => {
    for (const options of [{ batchSize: 0 }, { batchBytes: 0 }, { batchBytes: 1.5 }]) {
      expect(() => new MeilisearchIndex({ host: double.url, ...options })).toThrow(TypeError);
    }
  });
});

describe('store isolation', () => {
  it('keeps each store in its own index and searches only that one', async () => {
    await index.prepare(3, SETTINGS);
    await index.prepare(4, SETTINGS);
    await index.upsert(3, [product('three', 'Lamp of store three')]);
    await index.upsert(4, [product('four', 'Lamp of store four')]);
    expect(double.index('sync_store_3')!.documents.map((d) => d.id)).toEqual(['three']);
    expect(double.index('sync_store_4')!.documents.map((d) => d.id)).toEqual(['four']);

    const before = double.requests.length;
    const found = await search(4, 'lamp');
    expect(found.candidates.map((c) => c.productId)).toEqual(['four']);
    const queries = double.requests
      .slice(before)
      .flatMap((r) => (r.body as { queries: { indexUid: string }[] }).queries);
    expect(new Set(queries.map((q) => q.indexUid))).toEqual(new Set(['sync_store_4']));
  });
});
