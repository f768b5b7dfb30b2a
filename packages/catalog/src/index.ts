// Catalog import: files in (Icecat JSON, CSV, JSON Lines), validated products out, stored per store.

// IMPORT
export { importCatalog, type ImportOptions } from './import/importCatalog.ts';
export type { ReaderWorkerCode } from './import/workerReading.ts';
export { MAX_REPORTED_COLUMNS } from './import/catalogReading.ts';
export type { ImportProgress, ImportReport } from './import/importReport.ts';
export type { ImportLimits } from './import/importLimits.ts';
export { formatRowError, type RowError } from './import/rowError.ts';
export { upsertProducts, type UpsertCounts } from './import/productUpsert.ts';

// STORES
export {
  createStore,
  ensureStore,
  findStore,
  listStores,
  type NewStore,
  type StoreSummary,
} from './store/stores.ts';

// FORMATS AND MAPPING
export { CATALOG_FORMATS, type CatalogFormat } from './source/catalogFormat.ts';
export { readZipEntryText } from './source/zipEntry.ts';
export {
  ATTRIBUTE_PREFIX,
  CATALOG_COLUMNS,
  resolveColumnMapping,
  type CatalogColumn,
  type ColumnMapping,
} from './mapping/columnMapping.ts';
export { normalizeHeader, suggestColumnMapping } from './mapping/headerMatching.ts';
export {
  parseTypedAttributeKey,
  readTypedValue,
  typedAttributeKey,
  type TypedAttribute,
} from './mapping/typedAttribute.ts';

// PRODUCTS
export type { CatalogProduct, ProductDraft } from './product/catalogProduct.ts';
export { createProductSchema, type ProductSchema } from './product/productSchema.ts';
export { canonicalProductJson, productContentHash } from './product/contentHash.ts';
export {
  attributeKind,
  humanizeAttributeName,
  type AttributeKind,
  type AttributeValue,
} from './product/attributes.ts';
export { parseAvailability } from './product/availability.ts';
export { LIMITS } from './product/limits.ts';
export { maxPriceText } from './product/price.ts';
export {
  normalizeIdentifier,
  normalizeLine,
  normalizeParagraphs,
} from './product/textNormalization.ts';

// ERRORS
export { CatalogError } from './errors/catalogError.ts';
export { EmptyFileError } from './errors/emptyFileError.ts';
export { FileEncodingError } from './errors/fileEncodingError.ts';
export { ImportCancelledError } from './errors/importCancelledError.ts';
export { ImportLimitError, type ImportLimitKind } from './errors/importLimitError.ts';
export { InvalidMappingError } from './errors/invalidMappingError.ts';
export { InvalidStoreError } from './errors/invalidStoreError.ts';
export { MalformedFileError } from './errors/malformedFileError.ts';
export { StoreExistsError } from './errors/storeExistsError.ts';
export { UnknownStoreError } from './errors/unknownStoreError.ts';
export { UnreadableFileError } from './errors/unreadableFileError.ts';
export { UnsupportedFileError } from './errors/unsupportedFileError.ts';
