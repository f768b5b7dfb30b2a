export {
  startMeilisearchDouble,
  type IndexSnapshot,
  type MeilisearchDouble,
  type MeilisearchDoubleOptions,
  type RecordedRequest,
} from './meilisearchDouble.ts';
export { parseFilter, FilterSyntaxError, type FilterNode } from './meilisearch/filterParser.ts';
