// The HTTP double on its own, spoken to with plain fetch: request checking, the task lifecycle,
// settings enforcement and the search rules it claims to follow. Tests of the first stage rely
// on these behaviours, so they are pinned here against the documented API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMeilisearchDouble, type MeilisearchDouble } from '../src/index.ts';

const KEY = 'double-key';
let double: MeilisearchDouble;

/** The fields of Meilisearch answers these tests read (tasks, errors, search results). */
interface Answer {
  message: string;
  code: string;
  status: string;
  taskUid: number;
  error: { code: string };
  hits: { id: string; _rankingScore: number; _rankingScoreDetails: { typo: unknown } }[];
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: Record<string, { min: number; max: number }>;
  estimatedTotalHits: number;
}

async function call(method: string, path: string, body?: unknown, key: string | null = KEY) {
  const response = await fetch(`${double.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

async function settled(taskUid: number) {
  for (;;) {
    const { body } = await call('GET', `/tasks/${taskUid}`);
    if (body.status !== 'enqueued' && body.status !== 'processing') return body;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function run(method: string, path: string, body: unknown) {
  const enqueued = await call(method, path, body);
  expect(enqueued.status).toBe(202);
  return settled(enqueued.body.taskUid);
}

const search = (body: Record<string, unknown>) => call('POST', '/indexes/products/search', body);
const ids = (body: Answer) => body.hits.map((h) => h.id);

beforeAll(async () => {
  double = await startMeilisearchDouble({ apiKey: KEY, taskStepDelayMs: 2 });
  await run('POST', '/indexes', { uid: 'products', primaryKey: 'id' });
  await run('PATCH', '/indexes/products/settings', {
    searchableAttributes: ['title', 'tags'],
    filterableAttributes: ['brand', 'price', 'specs'],
    sortableAttributes: ['price'],
    synonyms: { laptop: ['notebook'] },
  });
  await run('POST', '/indexes/products/documents', [
    { id: 'p1', title: 'Saturday night lamp', brand: 'Lumo', price: 30, specs: { watts: 40 } },
    { id: 'p2', title: 'Headphones for travel', brand: 'SONY', price: 120, tags: ['audio'] },
    { id: 'p3', title: 'Notebook sleeve', brand: 'Case Co', price: null },
    { id: 'p4', title: 'Wired gaming mouse', brand: 'lumo', price: 45, specs: { watts: 2 } },
  ]);
});
afterAll(async () => double.close());

describe('requests', () => {
  it('needs the bearer key on every route but /health', async () => {
    expect((await call('GET', '/health', undefined, null)).body).toEqual({ status: 'available' });
    const missing = await call('POST', '/indexes/products/search', {}, null);
    expect(missing).toMatchObject({
      status: 401,
      body: { code: 'missing_authorization_header', type: 'auth' },
    });
    const wrong = await call('POST', '/indexes/products/search', {}, 'nope');
    expect(wrong).toMatchObject({ status: 403, body: { code: 'invalid_api_key' } });
  });

  it('refuses unknown fields, badly typed fields and unknown query parameters', async () => {
    expect(await search({ q: 'lamp', colour: 'red' })).toMatchObject({
      status: 400,
      body: {
        code: 'bad_request',
        type: 'invalid_request',
        link: expect.stringContaining('bad_request'),
      },
    });
    expect(await search({ limit: -1 })).toMatchObject({
      status: 400,
      body: { code: 'invalid_search_limit' },
    });
    expect(
      await call('PATCH', '/indexes/products/settings', { rankingRules: ['words', 'bogus'] }),
    ).toMatchObject({
      status: 400,
      body: { code: 'invalid_settings_ranking_rules' },
    });
    expect(
      await call('POST', '/indexes/products/documents?primaryKey=id&batch=1', []),
    ).toMatchObject({
      status: 400,
      body: { code: 'bad_request' },
    });
  });

  it('records each request with its answer', async () => {
    const before = double.requests.length;
    await search({ q: 'lamp' });
    expect(double.requests.slice(before)).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/indexes/products/search',
        authorization: `Bearer ${KEY}`,
        body: { q: 'lamp' },
        status: 200,
      }),
    ]);
  });

  it('answers 404 for a missing index, naming the query inside a multi-search', async () => {
    expect(await call('POST', '/indexes/nothing/search', {})).toMatchObject({
      status: 404,
      body: { code: 'index_not_found' },
    });
    const multi = await call('POST', '/multi-search', {
      queries: [{ indexUid: 'products' }, { indexUid: 'nothing' }],
    });
    expect(multi.body.message).toMatch(/^Inside `\.queries\[1\]`: Index `nothing` not found/);
  });
});

describe('tasks', () => {
  it('are enqueued, then processed, then succeed with details', async () => {
    double.pauseTasks();
    const enqueued = await call('POST', '/indexes/products/documents', [{ id: 'tmp', title: 'x' }]);
    expect(enqueued.body).toMatchObject({ status: 'enqueued', type: 'documentAdditionOrUpdate' });
    expect((await call('GET', `/tasks/${enqueued.body.taskUid}`)).body.status).toBe('enqueued');
    expect(ids((await search({ q: 'x' })).body)).not.toContain('tmp');
    double.resumeTasks();
    const done = await settled(enqueued.body.taskUid);
    expect(done).toMatchObject({
      status: 'succeeded',
      error: null,
      details: { receivedDocuments: 1, indexedDocuments: 1 },
    });
    await run('POST', '/indexes/products/documents/delete-batch', ['tmp']);
  });

  it('fail with an error object, leaving the index unchanged', async () => {
    const failed = await run('POST', '/indexes/products/documents', [
      { id: 'ok' },
      { id: 'not ok!' },
    ]);
    expect(failed).toMatchObject({
      status: 'failed',
      error: { code: 'invalid_document_id', type: 'invalid_request' },
    });
    expect(double.index('products')!.documents.map((d) => d.id)).not.toContain('ok');
    const again = await run('POST', '/indexes', { uid: 'products' });
    expect(again.error.code).toBe('index_already_exists');
  });
});

describe('indexes', () => {
  it('are listed with paging and deleted through a task', async () => {
    await run('POST', '/indexes', { uid: 'scratch' });
    const listed = await call('GET', '/indexes?offset=0&limit=1');
    expect(listed.body).toMatchObject({ offset: 0, limit: 1, total: 2 });
    expect(await call('GET', '/indexes?limit=many')).toMatchObject({
      status: 400,
      body: { code: 'invalid_index_limit' },
    });
    expect(await run('DELETE', '/indexes/scratch', undefined)).toMatchObject({
      status: 'succeeded',
      type: 'indexDeletion',
    });
    expect(double.indexUids()).toEqual(['products']);
    expect((await run('DELETE', '/indexes/scratch', undefined)).error.code).toBe('index_not_found');
  });
});

describe('filters and settings', () => {
  it('rejects malformed filters and non-filterable attributes as invalid_search_filter', async () => {
    for (const filter of ['brand = "open', 'title = lamp']) {
      expect(await search({ filter })).toMatchObject({
        status: 400,
        body: { code: 'invalid_search_filter' },
      });
    }
    expect(await search({ facets: ['title'] })).toMatchObject({
      body: { code: 'invalid_search_facets' },
    });
    expect(await search({ sort: ['brand:asc'] })).toMatchObject({
      body: { code: 'invalid_search_sort' },
    });
  });

  it('filters with case-insensitive equality, numbers, nested fields and NOT', async () => {
    expect(ids((await search({ filter: 'brand = "LUMO"' })).body)).toEqual(['p1', 'p4']);
    expect(ids((await search({ filter: 'price 40 TO 200' })).body)).toEqual(['p2', 'p4']);
    expect(ids((await search({ filter: 'specs.watts > 10' })).body)).toEqual(['p1']);
    expect(ids((await search({ filter: 'NOT specs EXISTS' })).body)).toEqual(['p2', 'p3']);
    expect(
      ids((await search({ filter: ['brand = lumo', ['price < 40', 'price > 100']] })).body),
    ).toEqual(['p1']);
  });

  it('counts facets over all matches and reports numeric stats', async () => {
    const { body } = await search({ facets: ['brand', 'price'], limit: 1 });
    expect(body.facetDistribution.brand).toEqual({ 'Case Co': 1, Lumo: 2, SONY: 1 });
    expect(body.facetStats).toEqual({ price: { min: 30, max: 120 } });
    expect(body.estimatedTotalHits).toBe(4);
    expect(body.hits).toHaveLength(1);
  });

  it('sorts with missing values last in both directions', async () => {
    expect(ids((await search({ sort: ['price:asc'] })).body)).toEqual(['p1', 'p4', 'p2', 'p3']);
    expect(ids((await search({ sort: ['price:desc'] })).body)).toEqual(['p2', 'p4', 'p1', 'p3']);
  });
});

describe('word matching', () => {
  const found = async (q: string, extra: Record<string, unknown> = {}) =>
    ids((await search({ q, ...extra })).body);

  it('allows no typo below 5 letters, one from 5, two from 9, a wrong first letter counting twice', async () => {
    expect(await found('lamq')).toEqual([]);
    expect(await found('lamp')).toEqual(['p1']);
    expect(await found('wirex')).toEqual(['p4']);
    expect(await found('wirexx')).toEqual([]);
    expect(await found('headphnes')).toEqual(['p2']);
    expect(await found('hedphnes')).toEqual([]);
    expect(await found('hedphonees')).toEqual(['p2']);
    expect(await found('caturday')).toEqual([]);
  });

  it('matches the last word as a prefix only', async () => {
    expect(await found('head')).toEqual(['p2']);
    expect(await found('head travel')).toEqual([]);
    expect(await found('travel head')).toEqual(['p2']);
  });

  it('needs every word with matchingStrategy all, drops words from the end with last', async () => {
    expect(await found('gaming mouse pad', { matchingStrategy: 'all' })).toEqual([]);
    expect(await found('gaming mouse pad', { matchingStrategy: 'last' })).toEqual(['p4']);
    expect(await found('pad gaming mouse', { matchingStrategy: 'last' })).toEqual([]);
  });

  it('searches only the searchable attributes, ranked in their order, and synonyms', async () => {
    expect(await found('lumo')).toEqual([]);
    expect(await found('audio')).toEqual(['p2']);
    expect(await found('laptop')).toEqual(['p3']);
    expect(await found('audio', { attributesToSearchOn: ['title'] })).toEqual([]);
  });

  it('reports typo counts in the ranking score details', async () => {
    const { body } = await search({
      q: 'hedphones',
      showRankingScore: true,
      showRankingScoreDetails: true,
    });
    expect(body.hits[0]!._rankingScoreDetails.typo).toMatchObject({
      typoCount: 1,
      maxTypoCount: 2,
    });
    expect(body.hits[0]!._rankingScore).toBeLessThan(1);
  });
});
