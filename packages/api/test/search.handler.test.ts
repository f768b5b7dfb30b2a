import { afterAll, describe, expect, it, vi } from 'vitest';
import { requestReindex } from '@shopsearch/indexing';
import { ColbertReranker, EmbeddingStore } from '@shopsearch/search';
import { testDatabaseKind } from '@shopsearch/db/testing';
import { isPlainJson } from '../src/transformer.ts';
import { addIndexedStore, indexedTestPlatform, type TestPlatform } from './fixtures.ts';

const t: TestPlatform = await indexedTestPlatform();
afterAll(async () => t.close());

const ids = (r: { hits: { product: { id: string } }[] }) => r.hits.map((h) => h.product.id);

type SearchInput = Parameters<typeof t.caller.search.query>[0];

/** A search in the test store. */
const searchShop = (q: string, options: Omit<SearchInput, 'store' | 'q'> = {}) =>
  t.caller.search.query({ store: 'shop', q, ...options });

describe(`search.query end to end on ${testDatabaseKind()}`, () => {
  it('reranks first-stage candidates by MaxSim and explains each hit', async () => {
    const result = await searchShop('wireless mouse', {
      ranking: { profile: 'colbert' },
    });
    expect(result.profile).toBe('colbert');
    expect(result.indexVersion).toMatchObject({ model: 'potion-base-4m', codec: 'tokenid' });
    // Products with both words come first; partial matches follow.
    expect(ids(result).slice(0, 2).sort()).toEqual(['m1', 'm3']);
    expect(ids(result)).toContain('h1');
    const top = result.hits[0]!;
    expect(top.rerankedRank).toBe(1);
    expect(top.scores.maxSim).toBeGreaterThan(0);
    // One match per query token, in the order of the answer's query tokens (sent once).
    expect(top.explanation).toHaveLength(result.queryTokens.length);
    const at = result.queryTokens.findIndex((token) => token.text === 'mouse');
    expect(result.queryTokens[at]!.span).toEqual({ start: 9, end: 14 });
    const mouse = top.explanation[at]!;
    expect(mouse.productToken).toBe('mouse');
    expect(mouse.similarity).toBeCloseTo(1, 4);
    expect(mouse.productSpan).not.toBeNull();
    const field = mouse.productSpan!.field;
    expect(
      top.product[field].slice(mouse.productSpan!.start, mouse.productSpan!.end).toLowerCase(),
    ).toBe('mouse');
    expect(mouse.similarity).toBe(Number(mouse.similarity.toFixed(4))); // sent to 4 decimals
    // Plain JSON, so the answer skips SuperJSON's walk (transformer.ts).
    expect(isPlainJson(result)).toBe(true);
  });

  it('takes the title-length prior off hybrid scores, from the title lengths stored at indexing', async () => {
    const hybrid = (titleLengthPrior: number) =>
      searchShop('wireless headphones', {
        ranking: { profile: 'hybrid', titleLengthPrior },
      });
    const [plain, withPrior] = await Promise.all([hybrid(0), hybrid(0.05)]);
    expect(withPrior.hits.length).toBeGreaterThan(1);
    for (const hit of withPrior.hits) {
      const words = hit.product.title.trim().split(/\s+/).length;
      const before = plain.hits.find((h) => h.product.id === hit.product.id)!;
      expect(before.scores.final - hit.scores.final).toBeCloseTo(0.05 * Math.log(1 + words), 6);
    }
  });

  it('explains a repeated page from the tokens kept by its products’ text, even with rows read again, an edited one afresh', async () => {
    const search = () => searchShop('camera bag', { ranking: { profile: 'colbert' } });
    const tokenize = vi.spyOn(ColbertReranker.prototype, 'documentTokens');
    try {
      await search();
      tokenize.mockClear();
      const repeat = await search();
      expect(repeat.hits.map((h) => h.product.id)).toContain('c2');
      expect(tokenize).not.toHaveBeenCalled();
      t.platform.caches.invalidate(t.storeId); // the rows are read again, their text unchanged
      await search();
      expect(tokenize).not.toHaveBeenCalled();

      await t.db.prisma.product.update({
        where: { storeId_id: { storeId: t.storeId, id: 'c2' } },
        data: { title: 'Lowepro camera backpack for DSLR' },
      });
      t.platform.caches.invalidate(t.storeId);
      const edited = (await search()).hits.find((h) => h.product.id === 'c2')!;
      expect(tokenize.mock.calls.some(([, text]) => text.includes('backpack'))).toBe(true);
      // Its stored tokens no longer match its text: words are still named, spans left out.
      expect(edited.explanation.some((m) => m.productToken !== '')).toBe(true);
      expect(edited.explanation.every((m) => m.productSpan === null)).toBe(true);
    } finally {
      tokenize.mockRestore();
      await t.db.prisma.product.update({
        where: { storeId_id: { storeId: t.storeId, id: 'c2' } },
        data: { title: 'Lowepro camera bag for DSLR' },
      });
      t.platform.caches.invalidate(t.storeId);
    }
  });

  it('reports per-stage timings and counts facets', async () => {
    const result = await searchShop('mouse');
    for (const key of ['retrieveMs', 'encodeMs', 'loadMs', 'maxSimMs', 'totalMs'] as const) {
      expect(result.timings[key]).toBeGreaterThanOrEqual(0);
    }
    expect(result.timings.totalMs).toBeGreaterThanOrEqual(result.timings.retrieveMs);
    expect(result.facets!.brand).toContainEqual({ value: 'Logitech', count: 2 });
    expect(result.facetAttributes.map((a) => a.label)).toEqual(['Product colour', 'Weight']);
  });

  it('says a search sorted by price or date lists only products with every word', async () => {
    const search = (q: string, sort: 'relevance' | 'price_asc' | 'newest') =>
      t.caller.search.query({ store: 'shop', q, sort });
    const byRelevance = await search('wireless mouse', 'relevance');
    const byPrice = await search('wireless mouse', 'price_asc');
    expect(byRelevance.total).toBeGreaterThan(byPrice.total); // mice and wireless headphones
    expect(byPrice.hits.map((h) => h.product.id)).toEqual(['m1', 'm3']); // cheapest first
    const notice = /^Sorted by price, the list holds only products that match every word/;
    expect(byPrice.notices).toContainEqual(expect.stringMatching(notice));
    expect((await search('wireless mouse', 'newest')).notices).toContainEqual(
      expect.stringMatching(/^Sorted by newest, /),
    );
    for (const unsaid of [byRelevance, await search('mouse', 'price_asc')]) {
      expect(unsaid.notices.filter((n) => n.startsWith('Sorted by'))).toEqual([]);
    }
  });

  it('keeps the first-stage order for the lexical profile and explains nothing', async () => {
    const lexical = await searchShop('batteries', {
      ranking: { profile: 'lexical' },
    });
    expect(lexical.profile).toBe('lexical');
    expect(
      lexical.hits.every((h, i) => h.firstStageRank === i + 1 && h.rerankedRank === null),
    ).toBe(true);
    expect(lexical.hits.every((h) => h.explanation.length === 0)).toBe(true);
    expect(lexical.queryTokens).toEqual([]);
  });

  it('pages past the rerank depth in first-stage order without gaps or repeats', async () => {
    const all = await searchShop('', { pageSize: 100 });
    expect(all.total).toBe(12);
    const seen: string[] = [];
    const explained = { reranked: 0, past: 0 };
    for (let page = 0; page < 4; page++) {
      const r = await searchShop('black', {
        page,
        pageSize: 2,
        ranking: { rerankDepth: 3 },
      });
      seen.push(...ids(r));
      // Only reranked hits are explained; those past the depth keep the first stage's order.
      for (const hit of r.hits) {
        if (hit.rerankedRank === null) {
          expect(hit.explanation).toEqual([]);
          explained.past++;
        } else {
          expect(hit.explanation).toHaveLength(r.queryTokens.length);
          explained.reranked++;
        }
      }
    }
    expect(explained.reranked).toBe(3);
    expect(explained.past).toBeGreaterThan(0);
    const total = (await searchShop('black', { pageSize: 100 })).total;
    expect(seen).toHaveLength(Math.min(total, 8));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('records each search as an event without waiting for it', async () => {
    await searchShop('printer');
    await t.platform.events.drain();
    const events = await t.db.prisma.searchEvent.findMany({
      where: { storeId: t.storeId, query: 'printer' },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ profile: 'hybrid', resultCount: 2 });
  });

  it('suggests and shows a product', async () => {
    const suggestions = await t.caller.search.suggest({ store: 'shop', prefix: 'logi' });
    expect(suggestions[0]).toEqual({ text: 'Logitech', kind: 'brand' });
    const product = await t.caller.product.byId({ store: 'shop', id: 'm1' });
    expect(product.attributes).toContainEqual({
      name: 'attr_n_weight',
      label: 'Weight',
      value: 75,
    });
  });
});

describe('search.query bad input', () => {
  const code = async (p: Promise<unknown>) => {
    try {
      await p;
      return 'OK';
    } catch (error) {
      return (error as { code?: string }).code;
    }
  };

  it('refuses oversized queries, pages and depths with a clear 4xx', async () => {
    await expect(searchShop('x'.repeat(10_000))).rejects.toThrow(/q: the query is too long/);
    expect(await code(searchShop('mouse', { page: -1 }))).toBe('BAD_REQUEST');
    expect(await code(searchShop('mouse', { page: 1e9 }))).toBe('BAD_REQUEST');
    expect(await code(searchShop('mouse', { ranking: { rerankDepth: 10_000 } }))).toBe(
      'BAD_REQUEST',
    );
    await expect(searchShop('mouse', { ranking: { titleLengthPrior: -0.5 } })).rejects.toThrow(
      /ranking\.titleLengthPrior/,
    );
    expect(await code(t.caller.search.query({ store: 'nowhere', q: 'mouse' }))).toBe('NOT_FOUND');
  });

  it('refuses unknown filter fields and mismatched kinds', async () => {
    await expect(
      t.caller.search.query({
        store: 'shop',
        filters: { attributes: { attr_t_secret: { kind: 'text', anyOf: ['x'] } } },
      }),
    ).rejects.toThrow('"attr_t_secret" is not a filter of this store.');
    await expect(
      t.caller.search.query({
        store: 'shop',
        filters: { attributes: { attr_n_weight: { kind: 'text', anyOf: ['x'] } } },
      }),
    ).rejects.toThrow(/numeric attribute/);
    expect(
      await code(t.caller.search.query({ store: 'shop', filters: { colour: ['red'] } as never })),
    ).toBe('BAD_REQUEST');
  });

  it('gives defined results for empty, punctuation, stop-word and injection-like queries', async () => {
    const depth0 = await searchShop('mouse', {
      ranking: { rerankDepth: 0 },
    });
    expect(depth0.profile).toBe('lexical');
    for (const q of [
      '',
      '!!!???',
      'the and of',
      "'; DROP TABLE product; --",
      'a & b | !c:* <->',
      '(( ]] "\\',
    ]) {
      const result = await searchShop(q);
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect(result.hits.length).toBeLessThanOrEqual(24);
    }
    expect(await t.db.prisma.product.count()).toBe(12);
  });

  it('browses for text with nothing visible in it, as for an empty box', async () => {
    const browse = await searchShop('');
    for (const q of ['\u200B', ' \u200C\u200D\uFEFF\u2060 ', '\u00AD\u3164']) {
      const result = await searchShop(q);
      expect(result.total).toBe(browse.total);
      expect(result.match).toBe(browse.match);
      expect(await t.caller.search.relax({ store: 'shop', q })).toEqual([]);
    }
    // Invisible characters among visible ones are left to the search.
    const joined = await searchShop('mo\u200Buse');
    expect(joined.total).toBeLessThan(browse.total);
  });

  // Last: it activates a second index version (same products, same model).
  it('scores a repeated query afresh from vectors packed once with its cached candidates', async () => {
    const service = t.platform.services.search;
    const request = (indexVersionId?: number) =>
      service.search({
        storeId: t.storeId,
        text: 'wireless keyboard',
        filters: {},
        sort: 'relevance',
        page: 0,
        pageSize: 24,
        profile: { name: 'colbert' },
        rerankDepth: 200,
        indexVersionId,
      });
    const scoresOf = (r: {
      hits: { product: { id: string }; scores: { maxSim: number | null } }[];
    }) => r.hits.map((h) => [h.product.id, h.scores.maxSim]);
    const load = vi.spyOn(EmbeddingStore.prototype, 'load');
    const pack = vi.spyOn(ColbertReranker.prototype, 'pack');
    const score = vi.spyOn(ColbertReranker.prototype, 'score');
    const explain = vi.spyOn(ColbertReranker.prototype, 'explain');
    try {
      const first = await request();
      const firstVersion = first.indexVersion!.id;
      [load, pack, score, explain].forEach((spy) => spy.mockClear());
      const repeat = await request();
      expect(scoresOf(repeat)).toEqual(scoresOf(first));
      expect(load).not.toHaveBeenCalled();
      expect(pack).not.toHaveBeenCalled();
      expect(score).toHaveBeenCalledTimes(1);
      // The page is explained from the same packed candidates, by their places in them.
      expect(explain).toHaveBeenCalledTimes(1);
      expect(explain.mock.calls[0]![2]).toBe(score.mock.calls[0]![2]);
      expect(explain.mock.calls[0]![3]).toHaveLength(repeat.hits.length);
      expect(repeat.hits.every((h) => h.explanation.length > 0)).toBe(true);

      const model = await t.platform.models.get(t.platform.models.defaultModel);
      await requestReindex(t.db.prisma, {
        storeId: t.storeId,
        kind: 'full',
        model: model.config.name,
        dim: model.config.dim,
        codec: 'tokenid',
      });
      await t.platform.worker.runUntilIdle();
      const old = await request(firstVersion); // cached candidates, kept vectors of that version
      [load, pack].forEach((spy) => spy.mockClear());
      const next = await request();
      expect(next.indexVersion!.id).not.toBe(firstVersion);
      expect(load).toHaveBeenCalledTimes(1); // the new version's vectors are loaded and packed
      expect(pack.mock.calls.map(([version]) => version.id)).toEqual([next.indexVersion!.id]);
      expect(scoresOf(next)).toEqual(scoresOf(old));
    } finally {
      [load, pack, score, explain].forEach((spy) => spy.mockRestore());
    }
  });
});

describe('candidates kept for repeated queries', () => {
  it('stay within their byte bound: with no room, a repeat loads and packs again', async () => {
    const tight = await indexedTestPlatform('tight', { cacheBytes: { keptCandidates: 1 } });
    const load = vi.spyOn(EmbeddingStore.prototype, 'load');
    const pack = vi.spyOn(ColbertReranker.prototype, 'pack');
    try {
      const search = () =>
        tight.caller.search.query({
          store: 'tight',
          q: 'wireless keyboard',
          ranking: { profile: 'colbert' },
        });
      const first = await search();
      [load, pack].forEach((spy) => spy.mockClear());
      const repeat = await search();
      expect(load).toHaveBeenCalledTimes(1);
      expect(pack).toHaveBeenCalledTimes(1);
      expect(repeat.hits.map((h) => [h.product.id, h.scores.maxSim])).toEqual(
        first.hits.map((h) => [h.product.id, h.scores.maxSim]),
      );
    } finally {
      [load, pack].forEach((spy) => spy.mockRestore());
      await tight.close();
    }
  });

  it("of a changed store are dropped, other stores' kept", async () => {
    const two = await indexedTestPlatform('first');
    const load = vi.spyOn(EmbeddingStore.prototype, 'load');
    try {
      await addIndexedStore(two.platform, 'second');
      const search = (store: string) =>
        two.caller.search.query({ store, q: 'wireless keyboard', ranking: { profile: 'colbert' } });
      const { preparedCandidates: kept } = two.platform.caches;
      await search('first');
      const firstBytes = kept.bytes;
      await search('second');
      const bothBytes = kept.bytes;
      expect(firstBytes).toBeGreaterThan(0);
      expect(bothBytes).toBeGreaterThan(firstBytes);

      two.platform.services.storeChanged(two.storeId);
      expect(kept.bytes).toBe(bothBytes - firstBytes);
      load.mockClear();
      await search('second');
      expect(load).not.toHaveBeenCalled();
    } finally {
      load.mockRestore();
      await two.close();
    }
  });
});
