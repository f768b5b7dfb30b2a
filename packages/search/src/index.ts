export * from './retrieval.ts';
export {
  documentFields,
  documentText,
  titleWordCount,
  toSearchDocument,
  type AttributeValue,
  type SearchDocument,
} from './documents.ts';
export type { FirstStage, FirstStageIndex, IndexSettings } from './firstStage.ts';
export { PostgresRetriever } from './retrievers/postgres/postgresRetriever.ts';
export { postgresIndex } from './retrievers/postgres/postgresIndex.ts';
export {
  describeAttributes,
  pickFacetAttributes,
  type AttributeInfo,
  type AttributeKind,
} from './attributeCatalog.ts';
export { ensureStoreSummaries, refreshStoreSummaries } from './storeSummaries.ts';
export { recountBrands } from './brandSummary.ts';
export {
  EmbeddingStore,
  type ActiveIndexVersion,
  type StoredEmbedding,
  type LoadedEmbeddings,
} from './embeddingStore.ts';
export { SearchService, type SearchServiceOptions } from './pipeline/searchService.ts';
export { SearchCaches, type SearchCachesOptions } from './pipeline/searchCaches.ts';
export { SearchEventRecorder, storableQuery, type SearchEventInput } from './searchEvents.ts';
export * from './searchTypes.ts';
export * from './profiles.ts';
export type {
  Reranker,
  RerankQuery,
  QueryToken,
  DocumentToken,
  BestMatches,
  PackedCandidates,
} from './reranker.ts';
export {
  FirstStageError,
  FirstStageTaskError,
  FirstStageUnavailableError,
  InvalidFilterError,
} from './retrievers/meilisearch/errors.ts';
export { MeilisearchRetriever } from './retrievers/meilisearch/meilisearchRetriever.ts';
export {
  MeilisearchIndex,
  type MeilisearchIndexOptions,
} from './retrievers/meilisearch/meilisearchIndex.ts';
export type { MeilisearchOptions } from './retrievers/meilisearch/connection.ts';
export { createMeilisearchFirstStage } from './retrievers/meilisearch/createMeilisearchFirstStage.ts';
export { ModelRegistry, UnknownModelError } from './modelRegistry.ts';
export { ColbertReranker, type PackedBatch } from './colbertReranker.ts';
export {
  loadIndexSettings,
  loadStoreSearchSettings,
  type StoreSearchSettings,
} from './storeSearchSettings.ts';
export * from './query/limits.ts';
export * from './query/searchInput.ts';
export {
  ZSearchConfiguration,
  describeConfiguration,
  toRankingProfile,
  configurationRequest,
  type SearchConfiguration,
} from './query/searchConfiguration.ts';
export { validateStoreFilters } from './query/storeFilters.ts';
export { relaxSearch, type RelaxedSearch } from './query/relaxSearch.ts';
export { closeSpelling, editDistance } from './query/closeSpelling.ts';
export {
  parseSynonyms,
  formatSynonyms,
  describeSynonymError,
  normalizeTerm,
  SYNONYM_LIMITS,
  type ParsedSynonyms,
  type SynonymError,
  type SynonymLine,
} from './synonyms/synonymList.ts';
export { SynonymMap, termKey, type QuerySynonyms } from './synonyms/synonymMap.ts';
export {
  RULE_LIMITS,
  rulesFor,
  type MerchandisingRule,
  type RuleAction,
  type RuleMatch,
} from './rules/merchandisingRule.ts';
export { toRule } from './rules/storeRules.ts';
export { boostRulesOf, matchesFilter } from './rules/boostRules.ts';
export { loadSynonymLines } from './synonyms/storeSynonyms.ts';
