export * from './retrieval.ts';
export {
  documentText,
  toSearchDocument,
  type AttributeValue,
  type SearchDocument,
} from './documents.ts';
export type { FirstStage, FirstStageIndex, IndexSettings } from './firstStage.ts';
export { PostgresRetriever } from './retrievers/postgres/postgresRetriever.ts';
export { postgresIndex } from './retrievers/postgres/postgresIndex.ts';
