export {
  startMeilisearchDouble,
  type IndexSnapshot,
  type MeilisearchDouble,
  type MeilisearchDoubleOptions,
  type RecordedRequest,
} from './meilisearchDouble.ts';
export { parseFilter, type FilterNode } from './meilisearch/filterParser.ts';
export { FilterSyntaxError } from './meilisearch/filterTokenizer.ts';
