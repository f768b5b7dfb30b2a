// The use cases of a staged upload: preview (a dry run) and commit (the import for real). Both
// read the caller's own unexpired upload in their store, with the upload limits, in a reading
// worker so the web process only takes in parsed rows.
import {
  importCatalog,
  resolveColumnMapping,
  type CatalogColumn,
  type CatalogFormat,
  type CatalogProduct,
  type ColumnMapping,
  type ImportReport,
  type RowError,
} from '@shopsearch/catalog';
import type { PrismaClient } from '@shopsearch/db';
import { refreshStoreSummaries } from '@shopsearch/search';
import type { StoreInfo } from '../stores/storeDirectory.ts';
import { UploadRefusedError } from './uploadErrors.ts';
import type { StagedUpload, UploadStaging } from './uploadStaging.ts';

export interface StagedImportDeps {
  prisma: PrismaClient;
  uploads: UploadStaging;
  storeChanged(storeId: number): void;
}

export interface StagedImportRequest {
  store: Pick<StoreInfo, 'id' | 'slug'>;
  userId: number;
  uploadId: string;
  /** Overrides detection by extension and content. */
  format?: CatalogFormat | undefined;
  /** `{ ourField: 'theirColumn' }`; unknown fields are refused (InvalidMappingError). */
  mapping?: ColumnMapping | undefined;
  /** Aborted when the client goes away, which stops reading the file. */
  signal?: AbortSignal | undefined;
}

const SAMPLE_SIZE = 5;

export interface UploadPreview {
  upload: { id: string; fileName: string; bytes: number; expiresAt: Date };
  format: CatalogFormat;
  /** Icecat files have a fixed shape; CSV and JSON Lines columns can be mapped. */
  mappable: boolean;
  columns: string[];
  /**
   * Our field → the column it is read from, defaults filled in, and typed attribute key
   * (`attr_n_weight__kg_`) → its column: the mapping asked for, else the one suggested from the
   * header's names.
   */
  mapping: Record<CatalogColumn, string> & Record<string, string>;
  /** Whether `mapping` was suggested (no mapping was asked for). */
  suggested: boolean;
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

export interface CommitResult {
  fileName: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  invalid: number;
  errorCount: number;
}

/** The upload, or UploadNotFoundError when it expired or belongs to another store or user. */
function findUpload(deps: StagedImportDeps, request: StagedImportRequest): Promise<StagedUpload> {
  return deps.uploads.find(request.uploadId, { storeId: request.store.id, userId: request.userId });
}

function importUpload(
  deps: StagedImportDeps,
  upload: StagedUpload,
  request: StagedImportRequest,
  options: { dryRun: boolean; sampleSize?: number; signal?: AbortSignal | undefined },
): Promise<ImportReport> {
  return importCatalog(
    { prisma: deps.prisma },
    {
      store: request.store.slug,
      file: upload.path,
      ...(request.format ? { format: request.format } : {}),
      ...(request.mapping ? { mapping: request.mapping } : { suggestMapping: true }),
      ...options,
      limits: deps.uploads.importLimits,
      readInWorker: deps.uploads.readerWorker,
    },
  );
}

/**
 * A dry run of a staged upload: every row is validated and compared with the stored catalog,
 * nothing is written. The merchant reads what the commit would do, with the mapping applied, a
 * sample of products as they would be stored, and every row's problems.
 */
export async function previewUpload(
  deps: StagedImportDeps,
  request: StagedImportRequest,
): Promise<UploadPreview> {
  const upload = await findUpload(deps, request);
  const defaults = resolveColumnMapping(request.mapping).columns;
  const report = await importUpload(deps, upload, request, {
    dryRun: true,
    sampleSize: SAMPLE_SIZE,
    signal: request.signal,
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
    mapping: { ...defaults, ...report.mapping },
    suggested: request.mapping === undefined,
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

/**
 * Imports a staged upload for real. A dry run goes first, so a file that cannot be read to the end
 * (not UTF-8, truncated) is refused whole (UploadRefusedError) instead of half-imported. Changed
 * products get a new content hash, which the next incremental re-index picks up; the store's
 * attribute summary (what facets are chosen from) is refreshed as the CLI import does.
 */
export async function commitUpload(
  deps: StagedImportDeps,
  request: StagedImportRequest,
): Promise<CommitResult> {
  const upload = await findUpload(deps, request);
  // The check stops when the client goes; the import itself, once started, runs to its end.
  const check = await importUpload(deps, upload, request, {
    dryRun: true,
    signal: request.signal,
  });
  if (check.fileError) {
    throw new UploadRefusedError(`Nothing was imported: ${check.fileError.message}`);
  }
  if (check.inserted + check.updated + check.unchanged === 0) {
    throw new UploadRefusedError('Nothing was imported: no row of this file is a valid product.');
  }
  const report = await importUpload(deps, upload, request, { dryRun: false });
  await deps.uploads.discard(upload.id);
  if (report.inserted + report.updated > 0) {
    await refreshStoreSummaries(deps.prisma, request.store.id);
  }
  deps.storeChanged(request.store.id);
  return {
    fileName: upload.fileName,
    rows: report.rowsRead,
    inserted: report.inserted,
    updated: report.updated,
    unchanged: report.unchanged,
    invalid: report.invalid,
    errorCount: report.errorCount,
  };
}
