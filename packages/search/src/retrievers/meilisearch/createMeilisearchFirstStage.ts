import type { FirstStage } from '../../firstStage.ts';
import { MeilisearchIndex, type MeilisearchIndexOptions } from './meilisearchIndex.ts';
import { MeilisearchRetriever } from './meilisearchRetriever.ts';

/** The Meilisearch retriever and the index sync that feeds it, configured alike. */
export function createMeilisearchFirstStage(options: MeilisearchIndexOptions): FirstStage {
  return { retriever: new MeilisearchRetriever(options), index: new MeilisearchIndex(options) };
}
