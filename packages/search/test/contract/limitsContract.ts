// The contract at the edges real catalogs reach and small fixtures do not: more matches than a
// search engine counts by default, deep pages, and the pages of every sort order. Every first
// stage must answer these alike; each implementation's test file calls `describeLimitsContract`.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/documents.ts';
import type { RetrieveRequest } from '../../src/retrieval.ts';
import { candidateIds, retrieveIn, type ContractHarness } from './retrieverContract.ts';

/** More than Meilisearch's default maxTotalHits (1,000). */
const LARGE_CATALOG = 1_050;

function cable(i: number): SearchDocument {
  const n = String(i).padStart(4, '0');
  return {
    id: `cable-${n}`,
    sku: `SKU-${n}`,
    title: `USB cable ${n}`,
    brand: 'Cableco',
    description: 'A braided cable',
    priceMinor: 1_000 + i,
    availability: 'in_stock',
    releasedAt: 1_600_000_000 + i,
    attributes: {},
  };
}

export function describeLimitsContract(name: string, setup: () => Promise<ContractHarness>): void {
  describe(`retriever limits: ${name}`, () => {
    let harness: ContractHarness;
    const search = (storeId: number, request: Partial<RetrieveRequest>) =>
      retrieveIn(harness, storeId, request);
    const ids = candidateIds;

    /** A new store holding `documents`, its index prepared for them. */
    async function storeWith(documents: SearchDocument[], attributes: string[] = []) {
      const storeId = await harness.createStore();
      const settings = { attributes, synonyms: {}, productCount: documents.length };
      await harness.firstStage.index.prepare(storeId, settings);
      await harness.load(storeId, documents);
      return storeId;
    }

    beforeAll(async () => {
      harness = await setup();
    });

    describe('more than 1,000 matches', () => {
      const catalog = Array.from({ length: LARGE_CATALOG }, (_, i) => cable(i));
      let store = 0;
      beforeAll(async () => {
        store = await storeWith(catalog);
      });

      it('counts every match, browsing and searching', async () => {
        expect((await search(store, {})).total).toBe(LARGE_CATALOG);
        expect((await search(store, { text: 'cable' })).total).toBe(LARGE_CATALOG);
        const filtered = await search(store, { filters: { price: { min: 1_025 } } });
        expect(filtered.total).toBe(LARGE_CATALOG - 25);
      });

      it('serves pages past the 1,000th match', async () => {
        const deep = await search(store, { sort: 'price_asc', offset: 1_040, limit: 20 });
        expect(deep.total).toBe(LARGE_CATALOG);
        expect(ids(deep)).toEqual(catalog.slice(1_040).map((d) => d.id));
        const words = await search(store, {
          text: 'cable',
          sort: 'price_desc',
          offset: 1_000,
          limit: 10,
        });
        expect(ids(words)).toEqual(
          catalog
            .slice(40, 50)
            .reverse()
            .map((d) => d.id),
        );
      });
    });

    describe('pages of every sort order, with ties and gaps in the sort keys', () => {
      // Prices and dates repeat and are missing in turn, so ties and the missing last decide.
      const prices = [500, 500, null, 1_000, 250, 500, null, 1_000, 250, 750];
      const dates = [1_700_000_000, null, 1_600_000_000, 1_700_000_000, null];
      const catalog = Array.from({ length: 23 }, (_, i) => ({
        ...cable(i),
        id: `tie-${String(i).padStart(2, '0')}`,
        title: i % 3 ? `Desk lamp ${i}` : `Desk lamp with clamp ${i}`,
        priceMinor: prices[i % prices.length]!,
        releasedAt: dates[i % dates.length]!,
      }));
      let store = 0;
      beforeAll(async () => {
        store = await storeWith(catalog);
      });
      const byId = new Map(catalog.map((d) => [d.id, d]));
      const key = {
        price_asc: 'priceMinor',
        price_desc: 'priceMinor',
        newest: 'releasedAt',
      } as const;

      for (const sort of ['price_asc', 'price_desc', 'newest', 'relevance'] as const) {
        for (const text of ['', 'lamp']) {
          it(`pages ${sort}${text ? ` for "${text}"` : ''} without gaps, repeats or disorder`, async () => {
            const all = ids(await search(store, { text, sort, limit: 100 }));
            expect([...all].sort()).toEqual(catalog.map((d) => d.id));
            const pages: string[] = [];
            for (let offset = 0; offset < catalog.length + 4; offset += 4) {
              const page = await search(store, { text, sort, offset, limit: 4 });
              if (offset < catalog.length) expect(page.total).toBe(catalog.length);
              pages.push(...ids(page));
            }
            expect(pages).toEqual(all);
            if (sort === 'relevance') return;
            // Missing values last in both directions; the rest in order.
            const values = all.map((id) => byId.get(id)![key[sort]]);
            const present = values.filter((v): v is number => v !== null);
            expect(values.slice(present.length).every((v) => v === null)).toBe(true);
            const ordered = [...present].sort((a, b) => (sort === 'price_asc' ? a - b : b - a));
            expect(present).toEqual(ordered);
          });
        }
      }
    });

    describe('product ids of any shape the catalog accepts', () => {
      // Meilisearch takes only [A-Za-z0-9_-] under 512 bytes as a document id.
      const oddIds = [
        'cable.1',
        'cables/usb-c',
        'with space',
        'café-crème',
        '_leading-underscore',
        '∞'.repeat(200),
        'plain-id',
      ];
      const catalog = oddIds.map((id, i) => ({ ...cable(i), id, title: `Oddball cable ${i}` }));
      let store = 0;
      beforeAll(async () => {
        store = await storeWith(catalog);
      });

      it('indexes them and answers with the catalog’s own ids', async () => {
        const all = await search(store, { text: 'oddball', sort: 'price_asc' });
        expect(all.total).toBe(oddIds.length);
        expect(ids(all)).toEqual(oddIds);
        const suggested = await harness.firstStage.retriever.suggest(store, 'oddball', 10);
        expect(suggested.map((s) => s.productId).sort()).toEqual([...oddIds].sort());
      });
    });

    describe('facet values longer than Meilisearch files (468 bytes)', () => {
      const longAscii = `Connector pinout: ${'pin '.repeat(150)}`.trim();
      const longStraddling = `x${'日'.repeat(200)}`; // the 468-byte cut falls inside a character
      const longCutAtSpace = `${'a'.repeat(467)} ${'b'.repeat(200)}`; // the cut ends on a space
      const longBrand = '日'.repeat(200);
      const attribute = 'attr_t_pinout';
      const catalog = [
        { id: 'l1', value: longAscii },
        { id: 'l2', value: longAscii },
        { id: 'l3', value: longStraddling },
        { id: 'l4', value: longCutAtSpace },
        { id: 'l5', value: 'Short', brand: longBrand },
        { id: 'l6', value: 'Short' },
      ].map(({ id, value, brand }, i) => ({
        ...cable(i),
        id,
        brand: brand ?? 'Cableco',
        attributes: { [attribute]: value },
      }));
      let store = 0;
      beforeAll(async () => {
        store = await storeWith(catalog, [attribute]);
      });
      const having = async (filters: RetrieveRequest['filters']) =>
        ids(await search(store, { filters, sort: 'price_asc' }));
      const anyOf = (...values: string[]) => ({
        attributes: { [attribute]: { kind: 'text' as const, anyOf: values } },
      });

      it('finds the products of a long value picked as a filter', async () => {
        expect(await having(anyOf(longAscii))).toEqual(['l1', 'l2']);
        expect(await having(anyOf(longStraddling))).toEqual(['l3']);
        expect(await having(anyOf(longCutAtSpace))).toEqual(['l4']);
        expect(await having(anyOf(longAscii, 'Short'))).toEqual(['l1', 'l2', 'l5', 'l6']);
        expect(await having({ brands: [longBrand] })).toEqual(['l5']);
      });

      it('offers long values whole in the facet counts', async () => {
        const { facets } = await search(store, { facets: { attributes: [attribute] } });
        expect(facets!.attributes[attribute]).toEqual(
          expect.arrayContaining([
            { value: longAscii, count: 2 },
            { value: longStraddling, count: 1 },
            { value: longCutAtSpace, count: 1 },
          ]),
        );
        expect(facets!.brand).toContainEqual({ value: longBrand, count: 1 });
      });
    });

    describe('an attribute holding numbers for some products and text for others', () => {
      const attribute = 'attr_n_screen_size';
      const sizes: [string, SearchDocument['attributes'][string] | undefined][] = [
        ['s1', 15],
        ['s2', '15 inch'],
        ['s3', 'n/a'],
        ['s4', 8],
        ['s5', '0.5 kg'],
        ['s6', true],
        ['s7', undefined],
      ];
      const catalog = sizes.map(([id, size], i): SearchDocument => ({
        ...cable(i),
        id,
        attributes: size === undefined ? {} : { [attribute]: size },
      }));
      let store = 0;
      beforeAll(async () => {
        store = await storeWith(catalog, [attribute]);
      });
      const within = async (range: { min?: number; max?: number }) =>
        ids(
          await search(store, {
            filters: { attributes: { [attribute]: { kind: 'numeric', range } } },
            sort: 'price_asc',
          }),
        );

      it('keeps its text values out of numeric ranges', async () => {
        expect(await within({ min: 10 })).toEqual(['s1']);
        expect(await within({ min: 10, max: 20 })).toEqual(['s1']);
        expect(await within({ max: 10 })).toEqual(['s4']);
        expect(await within({})).toEqual(['s1', 's4']);
      });
    });
  });
}
