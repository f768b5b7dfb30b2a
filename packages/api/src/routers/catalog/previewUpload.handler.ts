// catalog.previewUpload: a dry run of a staged upload. Every row is validated and compared with
// the stored catalog, nothing is written; the merchant reads what the commit would do, with the
// mapping applied, a sample of products as they would be stored, and every row's problems.
import {
  resolveColumnMapping,
  type CatalogColumn,
  type CatalogFormat,
  type CatalogProduct,
  type RowError,
} from '@shopsearch/catalog';
import type { TUploadInputSchema } from './upload.schema.ts';
import { findUpload, importUpload, type UploadCtx } from './stagedImport.ts';

const SAMPLE_SIZE = 5;

export interface UploadPreview {
  upload: { id: string; fileName: string; bytes: number; expiresAt: Date };
  format: CatalogFormat;
  /** Icecat files have a fixed shape; CSV and JSON Lines columns can be mapped. */
  mappable: boolean;
  columns: string[];
  /** Our field → the column it is read from, defaults filled in. */
  mapping: Record<CatalogColumn, string>;
  ignoredColumns: string[];
  counts: {
    rows: number;
    valid: number;
    invalid: number;
    inserted: number;
    updated: number;
    unchanged: number;
  };
  sample: CatalogProduct[];
  /** The first problems, in file order, and how many there are in all. */
  errors: RowError[];
  errorCount: number;
  /** Why reading stopped early (not UTF-8, truncated, bad header); such a file is not imported. */
  fileError: string | null;
  /** Whether committing would import anything. */
  canCommit: boolean;
}

export async function previewUploadHandler({
  ctx,
  input,
  signal,
}: {
  ctx: UploadCtx;
  input: TUploadInputSchema;
  /** The request's: aborted when the client disconnects, which stops reading the file. */
  signal?: AbortSignal | undefined;
}): Promise<UploadPreview> {
  const upload = await findUpload(ctx, input.uploadId);
  const mapping = resolveColumnMapping(input.mapping).columns;
  const report = await importUpload(ctx, upload, input, {
    dryRun: true,
    sampleSize: SAMPLE_SIZE,
    signal,
  });
  const valid = report.inserted + report.updated + report.unchanged;
  const fileError = report.fileError?.message ?? null;
  return {
    upload: {
      id: upload.id,
      fileName: upload.fileName,
      bytes: upload.bytes,
      expiresAt: upload.expiresAt,
    },
    format: report.format,
    mappable: report.format !== 'icecat',
    columns: report.columns,
    mapping,
    ignoredColumns: report.ignoredColumns,
    counts: {
      rows: report.rowsRead,
      valid,
      invalid: report.invalid,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
    },
    sample: report.sample,
    errors: report.errors,
    errorCount: report.errorCount,
    fileError,
    canCommit: fileError === null && valid > 0,
  };
}
