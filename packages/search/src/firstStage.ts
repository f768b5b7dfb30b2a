// Keeping a first-stage engine in step with the catalog. PostgreSQL needs nothing (the product
// table is its index); Meilisearch gets one index per store, its settings and document batches.
import type { SearchDocument } from './documents.ts';
import type { Retriever } from './retrieval.ts';

export interface IndexSettings {
  /** Attribute names shoppers may filter and facet on, beyond brand, price and availability. */
  attributes: string[];
  /** Each term and the terms it also finds (one-way as written; multi-way lines both ways). */
  synonyms: Record<string, string[]>;
  /** Products in the store's catalog: a search must be able to count and page through all of them. */
  productCount: number;
}

export interface FirstStageIndex {
  /** Creates the store's index if needed and applies its settings; waits until they hold. */
  prepare(storeId: number, settings: IndexSettings): Promise<void>;
  upsert(storeId: number, documents: readonly SearchDocument[]): Promise<void>;
  remove(storeId: number, productIds: readonly string[]): Promise<void>;
}

/** A retriever together with the means to keep it in sync. */
export interface FirstStage {
  readonly retriever: Retriever;
  readonly index: FirstStageIndex;
}
