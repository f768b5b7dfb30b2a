import type { CatalogError } from '../errors/catalogError.ts';
import type { ColumnMapping } from '../mapping/columnMapping.ts';
import type { CatalogProduct } from '../product/catalogProduct.ts';
import type { CatalogFormat } from '../source/catalogFormat.ts';
import type { RowError } from './rowError.ts';

export interface ImportProgress {
  rowsRead: number;
  /** Bytes of content read (uncompressed for a zip). */
  bytesRead: number;
  totalBytes: number;
}

/**
 * The outcome of one import. `rowsRead = inserted + updated + unchanged + invalid`; in a dry run
 * the first three say what the import would do, and nothing was written.
 */
export interface ImportReport {
  store: string;
  file: string;
  format: CatalogFormat;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows not imported: malformed, failing validation, or repeating an earlier row's id. */
  invalid: number;
  /** The first problems found (up to the import's `maxErrors`), in file order. */
  errors: RowError[];
  /** All problems found; a row can have several. */
  errorCount: number;
  /**
   * The columns found: a CSV's header, or the keys of JSON records in first-seen order (up to
   * MAX_REPORTED_COLUMNS).
   */
  columns: string[];
  /** CSV columns that feed no field and no attribute (often a misspelt header). */
  ignoredColumns: string[];
  /** The column mapping used: the one given, or the one suggested from the header names. */
  mapping: ColumnMapping;
  /** The first valid products as they would be stored (up to the import's `sampleSize`). */
  sample: CatalogProduct[];
  /** True when nothing was written (`dryRun`). */
  dryRun: boolean;
  /**
   * Set when reading stopped early (truncated JSON, bytes that are not UTF-8, a broken header):
   * rows before the problem were imported, nothing after it was read.
   */
  fileError?: CatalogError;
}
