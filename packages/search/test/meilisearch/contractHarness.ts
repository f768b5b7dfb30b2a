// The contract harness for Meilisearch: stores are just numbers (each gets its own index under
// the prefix), and loading documents is the index sync the product uses.
import { createMeilisearchFirstStage } from '../../src/retrievers/meilisearch/createMeilisearchFirstStage.ts';
import type { MeilisearchIndexOptions } from '../../src/retrievers/meilisearch/meilisearchIndex.ts';
import type { ContractHarness } from '../contract/retrieverContract.ts';

export function meilisearchHarness(options: MeilisearchIndexOptions): ContractHarness {
  const firstStage = createMeilisearchFirstStage(options);
  let stores = 0;
  return {
    firstStage,
    async createStore() {
      stores += 1;
      return stores;
    },
    load: (storeId, documents) => firstStage.index.upsert(storeId, documents),
  };
}
