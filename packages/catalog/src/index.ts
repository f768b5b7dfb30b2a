// Catalog import: files in (Icecat JSON, CSV, JSON Lines), validated products out, stored per store.

// IMPORT
export {
  importCatalog,
  MAX_REPORTED_COLUMNS,
  type ImportOptions,
} from './import/import-catalog.ts';
export type { ImportProgress, ImportReport } from './import/import-report.ts';
export { formatRowError, type RowError } from './import/row-error.ts';
export { upsertProducts, type UpsertCounts } from './import/product-upsert.ts';

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
export { CATALOG_FORMATS, type CatalogFormat } from './source/catalog-format.ts';
export {
  ATTRIBUTE_PREFIX,
  CATALOG_COLUMNS,
  resolveColumnMapping,
  type CatalogColumn,
  type ColumnMapping,
} from './mapping/column-mapping.ts';

// PRODUCTS
export type { CatalogProduct, ProductDraft } from './product/catalog-product.ts';
export { createProductSchema, type ProductSchema } from './product/product-schema.ts';
export { canonicalProductJson, productContentHash } from './product/content-hash.ts';
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
} from './product/text-normalization.ts';

// ERRORS
export { CatalogError } from './errors/catalog-error.ts';
export { EmptyFileError } from './errors/empty-file-error.ts';
export { FileEncodingError } from './errors/file-encoding-error.ts';
export { InvalidMappingError } from './errors/invalid-mapping-error.ts';
export { InvalidStoreError } from './errors/invalid-store-error.ts';
export { MalformedFileError } from './errors/malformed-file-error.ts';
export { StoreExistsError } from './errors/store-exists-error.ts';
export { UnknownStoreError } from './errors/unknown-store-error.ts';
export { UnreadableFileError } from './errors/unreadable-file-error.ts';
export { UnsupportedFileError } from './errors/unsupported-file-error.ts';
