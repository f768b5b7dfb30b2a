// Rules of the real engine that the first stage runs into at real sizes, pinned on the double and,
// when MEILISEARCH_URL is set, checked against a live Meilisearch with the same assertions. Each
// rule is read from Meilisearch's source and documentation; the double must not be kinder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doubleTarget, liveTarget, liveUrl, type EngineTarget } from './engineTarget.ts';

if (!liveUrl) {
  console.info(
    'Meilisearch engine rules run on the double only: set MEILISEARCH_URL (and MEILISEARCH_API_KEY) to check them against a live server.',
  );
}

describeEngineRules('the double', () => doubleTarget());
describe.skipIf(!liveUrl)('live', () => describeEngineRules('live', async () => liveTarget()));

function describeEngineRules(name: string, setup: () => Promise<EngineTarget>): void {
  describe(`engine rules: ${name}`, () => {
    let engine: EngineTarget;
    beforeAll(async () => {
      engine = await setup();
    });
    afterAll(async () => engine?.close());

    it('caps totals, offsets and limits at pagination.maxTotalHits (1,000 by default)', async () => {
      const uid = engine.uid('paging');
      const documents = Array.from({ length: 1_050 }, (_, i) => ({ id: `d${i}`, n: i }));
      expect(await engine.run('POST', `/indexes/${uid}/documents`, documents)).toMatchObject({
        status: 'succeeded',
      });
      const search = async (body: object) =>
        (await engine.call('POST', `/indexes/${uid}/search`, body)).body;

      const capped = await search({ offset: 990, limit: 20 });
      expect(capped).toMatchObject({ estimatedTotalHits: 1_000, offset: 990, limit: 20 });
      expect(capped.hits).toHaveLength(10);
      const past = await search({ offset: 1_040, limit: 20 });
      expect(past).toMatchObject({ estimatedTotalHits: 1_000, offset: 1_000, limit: 20 });
      expect(past.hits).toEqual([]);

      const raised = await engine.run('PATCH', `/indexes/${uid}/settings`, {
        pagination: { maxTotalHits: 2_000 },
      });
      expect(raised.status).toBe('succeeded');
      const deep = await search({ offset: 1_040, limit: 20 });
      expect(deep).toMatchObject({ estimatedTotalHits: 1_050, offset: 1_040 });
      expect(deep.hits).toHaveLength(10);

      const zero = await engine.call('PATCH', `/indexes/${uid}/settings`, {
        pagination: { maxTotalHits: 0 },
      });
      expect(zero).toMatchObject({ status: 400, body: { code: 'invalid_settings_pagination' } });
    });

    it('accepts only [A-Za-z0-9_-] ids under 512 bytes, failing the whole payload otherwise', async () => {
      const uid = engine.uid('ids');
      const good = ['plain', 'with-dash_and_underscore', '_leading', 'x'.repeat(511)];
      const added = await engine.run(
        'POST',
        `/indexes/${uid}/documents?primaryKey=id`,
        good.map((id) => ({ id })),
      );
      expect(added).toMatchObject({ status: 'succeeded' });
      for (const bad of ['a.b', 'a/b', 'a b', 'café', 'x'.repeat(512), '']) {
        const failed = await engine.run('POST', `/indexes/${uid}/documents`, [
          { id: `fine-${good.length}` },
          { id: bad },
        ]);
        expect(failed, bad).toMatchObject({
          status: 'failed',
          error: { code: 'invalid_document_id' },
        });
      }
      const { body } = await engine.call('POST', `/indexes/${uid}/search`, { limit: 10 });
      expect(body.estimatedTotalHits).toBe(good.length);
    });

    it('files facet strings trimmed, NFKD-decomposed, lower-cased and cut at 468 bytes', async () => {
      const uid = engine.uid('facet_keys');
      const long = 'x'.repeat(600);
      await engine.run('PATCH', `/indexes/${uid}/settings`, { filterableAttributes: ['colour'] });
      const added = await engine.run('POST', `/indexes/${uid}/documents?primaryKey=id`, [
        { id: 'f1', colour: '  Black ' },
        { id: 'f2', colour: 'black' },
        { id: 'f3', colour: 'ＢＬＡＣＫ' },
        { id: 'f4', colour: long },
        { id: 'f5', colour: `${long}y` },
        { id: 'f6', colour: '' },
      ]);
      expect(added.status).toBe('succeeded');
      const search = async (body: object) =>
        (await engine.call('POST', `/indexes/${uid}/search`, body)).body;
      const found = async (filter: string) =>
        (await search({ filter, limit: 10 })).hits.map((h) => h.id).sort();

      // One value per key, shown as the first document spelled it; the empty string is no value.
      const { facetDistribution } = await search({ facets: ['colour'], limit: 0 });
      expect(facetDistribution.colour).toEqual({ '  Black ': 3, [long]: 2 });
      expect(await found('colour = "BLACK"')).toEqual(['f1', 'f2', 'f3']);
      // The filter value is normalised but not cut: the long value does not find itself.
      expect(await found(`colour = "${long}"`)).toEqual([]);
      expect(await found(`colour = "${'x'.repeat(468)}"`)).toEqual(['f4', 'f5']);
    });

    it('compares strings with numeric bounds too, and lists numbers first in capped facets', async () => {
      const uid = engine.uid('mixed_kinds');
      await engine.run('PATCH', `/indexes/${uid}/settings`, {
        filterableAttributes: ['size'],
        faceting: { sortFacetValuesBy: { '*': 'count' } },
      });
      const sizes: [string, unknown][] = [
        ['m1', 15],
        ['m2', '15 inch'],
        ['m3', 'n/a'],
        ['m4', true],
        ['m5', 8],
        ['m6', '0.5 kg'],
        ['m7', 'n/a'],
        ['m8', 'n/a'],
        ['m9', 21],
      ];
      const added = await engine.run('POST', `/indexes/${uid}/documents?primaryKey=id`, [
        ...sizes.map(([id, size]) => ({ id, size })),
        { id: 'm0' },
      ]);
      expect(added.status).toBe('succeeded');
      const search = async (body: object) =>
        (await engine.call('POST', `/indexes/${uid}/search`, body)).body;
      const found = async (filter: string) =>
        (await search({ filter, limit: 20 })).hits.map((h) => h.id).sort();

      // "15 inch", "n/a" and "true" sort after "10"; "0.5 kg" before it.
      expect(await found('size >= 10')).toEqual(['m1', 'm2', 'm3', 'm4', 'm7', 'm8', 'm9']);
      expect(await found('size 10 TO 20')).toEqual(['m1', 'm2']);
      expect(await found('size < 10')).toEqual(['m5', 'm6']);
      expect(await found('size = 15')).toEqual(['m1']);

      const facetKeys = async (maxValuesPerFacet: number) => {
        await engine.run('PATCH', `/indexes/${uid}/settings`, { faceting: { maxValuesPerFacet } });
        const { facetDistribution } = await search({ facets: ['size'], limit: 0 });
        return Object.keys(facetDistribution.size!).sort();
      };
      // Numbers are listed first: one place is left for "n/a", the most frequent string.
      expect(await facetKeys(4)).toEqual(['15', '21', '8', 'n/a']);
      // When the numbers alone fill the list, nothing stops the strings: all of them follow.
      expect(await facetKeys(3)).toEqual(['0.5 kg', '15', '15 inch', '21', '8', 'n/a', 'true']);
      const { facetStats } = await search({ facets: ['size'], limit: 0 });
      expect(facetStats.size).toEqual({ min: 8, max: 21 });
    });

    it('refuses a request body over the payload limit with 413 payload_too_large', async () => {
      const uid = engine.uid('payload');
      // One document whose JSON text is exactly one byte over the limit.
      const frame = JSON.stringify([{ id: 'big', text: '' }]);
      const over = JSON.stringify([
        { id: 'big', text: 'x'.repeat(engine.payloadLimitBytes + 1 - frame.length) },
      ]);
      expect(Buffer.byteLength(over)).toBe(engine.payloadLimitBytes + 1);
      const refused = await engine.call('POST', `/indexes/${uid}/documents?primaryKey=id`, over);
      expect(refused).toMatchObject({
        status: 413,
        body: { code: 'payload_too_large', type: 'invalid_request' },
      });
      expect(refused.body.message).toMatch(/^The provided payload reached the size limit\./);
      if (engine.double) {
        // Exactly at the limit is accepted (not tried live: it would index a 100 MB document).
        const at = over.replace('xx', 'x');
        expect(
          await engine.run('POST', `/indexes/${uid}/documents?primaryKey=id`, at),
        ).toMatchObject({ status: 'succeeded' });
      }
    });

    it('creates a missing index with its settings in one settings task', async () => {
      const uid = engine.uid('created_by_settings');
      const task = await engine.run('PATCH', `/indexes/${uid}/settings`, {
        filterableAttributes: ['brand'],
      });
      expect(task).toMatchObject({ status: 'succeeded', type: 'settingsUpdate' });
      const applied = await engine.call('GET', `/indexes/${uid}/settings/filterable-attributes`);
      expect(applied.body).toEqual(['brand']);
      const search = await engine.call('POST', `/indexes/${uid}/search`, { facets: ['brand'] });
      expect(search).toMatchObject({ status: 200, body: { estimatedTotalHits: 0 } });
    });

    it('runs the tasks of all indexes one at a time; a search asking for a facet not yet filterable fails whole', async () => {
      const [busy, shop] = [engine.uid('queue_busy'), engine.uid('queue_shop')];
      await engine.run('POST', `/indexes/${shop}/documents?primaryKey=id`, [
        { id: 's1', c: 'red' },
      ]);
      // The double holds its queue; a live engine is kept busy by a large batch of another index.
      engine.double?.pauseTasks();
      const large = Array.from({ length: 20_000 }, (_, i) => ({ id: `b${i}`, text: `item ${i}` }));
      const batch = await engine.call('POST', `/indexes/${busy}/documents?primaryKey=id`, large);
      const settings = await engine.call('PATCH', `/indexes/${shop}/settings`, {
        filterableAttributes: ['c'],
      });
      const multiSearch = () =>
        engine.call('POST', '/multi-search', {
          queries: [{ indexUid: shop }, { indexUid: shop, facets: ['c'], limit: 0 }],
        });
      const early = await multiSearch();
      const pending = (await engine.call('GET', `/tasks/${settings.body.taskUid}`)).body.status;
      if (engine.double) expect(pending).toBe('enqueued');
      if (pending === 'enqueued') {
        expect(early).toMatchObject({ status: 400, body: { code: 'invalid_search_facets' } });
        expect(early.body.message).toMatch(/^Inside `\.queries\[1\]`/);
        const applied = await engine.call('GET', `/indexes/${shop}/settings/filterable-attributes`);
        expect(applied.body).toEqual([]);
      }
      engine.double?.resumeTasks();
      const first = await engine.settled(batch.body.taskUid);
      const second = await engine.settled(settings.body.taskUid);
      expect(Date.parse(second.startedAt)).toBeGreaterThanOrEqual(Date.parse(first.finishedAt));
      const late = await multiSearch();
      expect(late.status).toBe(200);
    });
  });
}
