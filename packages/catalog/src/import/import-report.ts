import type { CatalogError } from '../errors/catalog-error.ts';
import type { CatalogFormat } from '../source/catalog-format.ts';
import type { RowError } from './row-error.ts';

export interface ImportProgress {
  rowsRead: number;
  /** Bytes of content read (uncompressed for a zip). */
  bytesRead: number;
  totalBytes: number;
}

/** The outcome of one import. `rowsRead = inserted + updated + unchanged + invalid`. */
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
  /** CSV columns that feed no field and no attribute (often a misspelt header). */
  ignoredColumns: string[];
  /**
   * Set when reading stopped early (truncated JSON, bytes that are not UTF-8, a broken header):
   * rows before the problem were imported, nothing after it was read.
   */
  fileError?: CatalogError;
}
