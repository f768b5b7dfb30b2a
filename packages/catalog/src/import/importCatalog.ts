// Streams one file into one store: read rows, validate each, drop repeated ids, and upsert valid
// products in batches. Problems with single rows are collected and the import goes on; a problem
// with the file itself stops reading but keeps what was read before it. A dry run does all of
// this except the writing, so a preview reports exactly what the import would do.
import { basename } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Database } from '@shopsearch/db';
import { CatalogError } from '../errors/catalogError.ts';
import { resolveColumnMapping, type ColumnMapping } from '../mapping/columnMapping.ts';
import type { CatalogFormat } from '../source/catalogFormat.ts';
import { findStore } from '../store/stores.ts';
import { readCatalog, type ReadEvent, type ReadRequest } from './catalogReading.ts';
import type { ImportProgress, ImportReport } from './importReport.ts';
import { BatchWriter } from './batchWriter.ts';
import { ImportGuard, type ImportLimits } from './importLimits.ts';
import { countProductChanges } from './productChanges.ts';
import { upsertProducts } from './productUpsert.ts';
import type { RowError } from './rowError.ts';
import { readCatalogInWorker, type ReaderWorkerCode } from './workerReading.ts';

export interface ImportOptions {
  /** Slug of the store the products go into; it must exist. */
  store: string;
  /** Path of a .json, .csv, .jsonl/.ndjson file, or a .zip holding one of them. */
  file: string;
  /** Overrides detection by extension and content. */
  format?: CatalogFormat;
  /** CSV / JSON Lines only: `{ ourField: 'theirColumn' }` (see column-mapping.ts). */
  mapping?: ColumnMapping;
  /**
   * Without `mapping`: match the columns' names to our fields ("Product name" → title, "Colour" →
   * a text attribute; see headerMatching.ts). The mapping used is in `report.mapping`.
   */
  suggestMapping?: boolean;
  /** Products per statement; default 100. */
  batchSize?: number;
  /** How many row errors the report keeps; default 100 (`onRowError` sees all). */
  maxErrors?: number;
  /** Called after each batch is written and once at the end. */
  onProgress?(progress: ImportProgress): void;
  /** Called for every row error, in file order. */
  onRowError?(error: RowError): void;
  /**
   * Validate every row and count what would be inserted, updated or left unchanged (by content
   * hash), writing nothing. Default false.
   */
  dryRun?: boolean;
  /** How many valid products the report keeps in `sample`, first ones first; default 0. */
  sampleSize?: number;
  /** Bounds on the work (unpacked bytes, rows, columns, time); none by default (the CLI's). */
  limits?: ImportLimits;
  /** Stops reading when aborted (the caller went away); what was read is reported as usual. */
  signal?: AbortSignal;
  /**
   * Parse and validate in a worker thread, so this thread (a web server's) only takes in rows,
   * its code as the app runs (from source, or bundled); by default in this thread (the CLI, whose
   * process does nothing else).
   */
  readInWorker?: ReaderWorkerCode | undefined;
}

// Prisma keeps its last 100 debug messages, parameters included, even with logging off, so the
// memory an import holds grows with the batch size; 100 measured as fast as 500 (BENCHMARKS.md).
const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_MAX_ERRORS = 100;
/**
 * Rows taken in between turns given to the rest of the process: reading in this thread, and an
 * embedded database's answers, run as microtasks, which would keep requests out of a web process.
 */
const ROWS_PER_TURN = 100;

/** The first event, which says the file opened; anything thrown before it rejects the import. */
async function opened(events: AsyncGenerator<ReadEvent>) {
  const first = await events.next();
  if (first.done || first.value.kind !== 'opened') {
    throw new Error('reading a catalog file must start by opening it');
  }
  return first.value;
}

/**
 * Imports a catalog file into a store (or, with `dryRun`, only checks it). Throws (before writing
 * anything) UnknownStoreError,
 * InvalidMappingError, UnreadableFileError, EmptyFileError, UnsupportedFileError or
 * MalformedFileError for a broken zip; problems met while reading end up in the report.
 */
export async function importCatalog(
  db: Pick<Database, 'prisma'>,
  options: ImportOptions,
): Promise<ImportReport> {
  // Refused here, before the store is looked up or a worker started.
  resolveColumnMapping(options.mapping);
  const store = await findStore(db, options.store);
  const guard = new ImportGuard(basename(options.file), options.limits, options.signal);
  const request: ReadRequest = {
    file: options.file,
    format: options.format,
    mapping: options.mapping,
    suggestMapping: options.suggestMapping,
    currency: store.currency,
    limits: options.limits,
  };
  const events = options.readInWorker
    ? readCatalogInWorker(request, guard, options.readInWorker)
    : readCatalog(request, guard);
  const source = await opened(events);
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  let bytesRead = 0;
  const report: ImportReport = {
    store: store.slug,
    file: source.file,
    format: source.format,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    invalid: 0,
    errors: [],
    errorCount: 0,
    columns: [],
    ignoredColumns: [],
    mapping: options.mapping ?? {},
    sample: [],
    dryRun: options.dryRun ?? false,
  };
  const sampleSize = options.sampleSize ?? 0;
  const write = options.dryRun ? countProductChanges : upsertProducts;
  const writer = new BatchWriter({
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    write: (products) => write(db, store.id, products),
    mark: (): ImportProgress => ({
      rowsRead: report.rowsRead,
      bytesRead,
      totalBytes: source.totalBytes,
    }),
    onWritten: (counts, progress) => {
      report.inserted += counts.inserted;
      report.updated += counts.updated;
      report.unchanged += counts.unchanged;
      options.onProgress?.(progress);
    },
  });
  const reject = (errors: RowError[]) => {
    report.invalid += 1;
    for (const error of errors) {
      report.errorCount += 1;
      if (report.errors.length < maxErrors) report.errors.push(error);
      options.onRowError?.(error);
    }
  };

  try {
    for await (const event of events) {
      if (event.kind === 'columns') {
        report.columns = event.columns;
        report.ignoredColumns = event.ignoredColumns;
        report.mapping = event.mapping;
        continue;
      }
      if (event.kind !== 'row') continue;
      if (event.row % ROWS_PER_TURN === 0) await yieldToEventLoop();
      guard.checkRunning();
      report.rowsRead = event.row;
      bytesRead = event.bytesRead;
      if (!event.outcome.ok) {
        reject(event.outcome.errors);
        continue;
      }
      if (report.sample.length < sampleSize) report.sample.push(event.outcome.product);
      await writer.add(event.outcome.product);
    }
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    report.fileError = error;
  } finally {
    // Closes the file, or ends the worker, when reading stopped early.
    await events.return(undefined);
  }
  await writer.finish();
  // The search chooses its plans (which index to read a page in) by the table's statistics, which
  // an import can change wholesale: PGlite has no autovacuum to refresh them, and PostgreSQL's may
  // come minutes later. Without them a title-word search was planned as a scan of every product.
  if (!report.dryRun && report.inserted + report.updated > 0)
    await db.prisma.$executeRaw`ANALYZE product`;
  return report;
}
