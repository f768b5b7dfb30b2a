// A store's facets change while shoppers search. Meilisearch applies the new settings in a task
// that waits its turn in the engine's one queue (behind other stores' batches) and re-extracts
// facets, which can take long; until then the new attribute is not filterable, and a search
// asking for its facet fails as a whole. Searches must go on meanwhile.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../src/documents.ts';
import { InvalidFilterError } from '../../src/retrievers/meilisearch/errors.ts';
import type { RetrieveRequest } from '../../src/retrieval.ts';
import type { ContractHarness } from '../contract/retrieverContract.ts';

export interface SettingsChangeHarness extends ContractHarness {
  /**
   * Keeps tasks from running: the double holds its queue; a live engine gets a large batch for
   * another index ahead of them. Resolves to the release function.
   */
  holdQueue(): Promise<() => void>;
  /** True when held tasks certainly wait until released (the double). */
  readonly holdsForSure: boolean;
}

const COLOUR = 'attr_t_colour';
const MATERIAL = 'attr_t_material';

const products: SearchDocument[] = Array.from({ length: 30 }, (_, i) => ({
  id: `lamp-${i}`,
  sku: `L${i}`,
  title: `Desk lamp ${i}`,
  brand: i % 2 ? 'Lumo' : 'Brightly',
  description: 'An adjustable desk lamp',
  priceMinor: 1_000 + i,
  availability: 'in_stock',
  releasedAt: null,
  attributes: { [COLOUR]: i % 3 ? 'Black' : 'White', [MATERIAL]: i % 2 ? 'Steel' : 'Wood' },
}));

export function describeSettingsChangeUnderLoad(
  name: string,
  setup: () => Promise<SettingsChangeHarness>,
): void {
  describe(`settings change under search load: ${name}`, () => {
    let harness: SettingsChangeHarness;
    let store = 0;
    const settings = (attributes: string[]) => ({
      attributes,
      synonyms: {},
      productCount: products.length,
    });
    const search = (request: Partial<RetrieveRequest> = {}) =>
      harness.firstStage.retriever.retrieve({
        storeId: store,
        text: 'lamp',
        filters: { attributes: { [COLOUR]: { kind: 'text', anyOf: ['Black'] } } },
        sort: 'relevance',
        offset: 0,
        limit: 10,
        facets: { attributes: [COLOUR, MATERIAL] },
        ...request,
      });

    beforeAll(async () => {
      harness = await setup();
      store = await harness.createStore();
      await harness.firstStage.index.prepare(store, settings([COLOUR]));
      await harness.load(store, products);
    });

    it('keeps answering, without the new facet, until the engine has applied it', async () => {
      const release = await harness.holdQueue();
      const applying = harness.firstStage.index.prepare(store, settings([COLOUR, MATERIAL]));
      try {
        const during = await Promise.all(Array.from({ length: 20 }, () => search()));
        for (const result of during) {
          expect(result.total).toBe(20);
          // Counted without its own filter, so a shopper can add White.
          expect(result.facets!.attributes[COLOUR]).toEqual([
            { value: 'Black', count: 20 },
            { value: 'White', count: 10 },
          ]);
        }
        if (harness.holdsForSure) {
          expect(during.every((r) => r.facets!.attributes[MATERIAL] === undefined)).toBe(true);
          // A filter on it cannot be applied yet: a clear refusal, not the engine's raw error.
          const filtered = search({
            filters: { attributes: { [MATERIAL]: { kind: 'text', anyOf: ['Steel'] } } },
          });
          await expect(filtered).rejects.toThrow(InvalidFilterError);
          await expect(filtered).rejects.toThrow(
            /filter on "attr_t_material" is not available yet/,
          );
        }
      } finally {
        release();
        await applying;
      }
      const after = await search();
      expect(after.facets!.attributes[MATERIAL]).toEqual([
        { value: 'Steel', count: 10 },
        { value: 'Wood', count: 10 },
      ]);
    });
  });
}
