// Streams one file into one store: read rows, validate each, drop repeated ids, and upsert valid
// products in batches. Problems with single rows are collected and the import goes on; a problem
// with the file itself stops reading but keeps what was read before it. A dry run does all of
// this except the writing, so a preview reports exactly what the import would do.
import { basename } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Database } from '@shopsearch/db';
import { CatalogError } from '../errors/catalogError.ts';
import {
  ignoredColumns,
  missingRequiredColumn,
  resolveColumnMapping,
  type ColumnMapping,
  type ResolvedColumnMapping,
} from '../mapping/columnMapping.ts';
import type { DraftConversion } from '../mapping/draftConversion.ts';
import { icecatRecordToDraft } from '../mapping/icecatRecord.ts';
import { tabularRecordToDraft } from '../mapping/tabularRecord.ts';
import { createProductSchema } from '../product/productSchema.ts';
import type { CatalogFormat } from '../source/catalogFormat.ts';
import { openCatalogSource, type CatalogSource } from '../source/catalogSource.ts';
import { readCsvRows } from '../source/csvReader.ts';
import { readJsonArrayRows } from '../source/jsonArrayReader.ts';
import { readJsonLinesRows } from '../source/jsonLinesReader.ts';
import type { ReaderContext, SourceRow } from '../source/readPosition.ts';
import { decodeUtf8 } from '../source/utf8Decoder.ts';
import { findStore } from '../store/stores.ts';
import type { ImportProgress, ImportReport } from './importReport.ts';
import { BatchWriter } from './batchWriter.ts';
import { ImportGuard, type ImportLimits } from './importLimits.ts';
import { countProductChanges } from './productChanges.ts';
import { upsertProducts } from './productUpsert.ts';
import type { RowError } from './rowError.ts';
import { validateRow } from './rowValidation.ts';

export interface ImportOptions {
  /** Slug of the store the products go into; it must exist. */
  store: string;
  /** Path of a .json, .csv, .jsonl/.ndjson file, or a .zip holding one of them. */
  file: string;
  /** Overrides detection by extension and content. */
  format?: CatalogFormat;
  /** CSV / JSON Lines only: `{ ourField: 'theirColumn' }` (see column-mapping.ts). */
  mapping?: ColumnMapping;
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
}

// Prisma keeps its last 100 debug messages, parameters included, even with logging off, so the
// memory an import holds grows with the batch size; 100 measured as fast as 500 (BENCHMARKS.md).
const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_MAX_ERRORS = 100;
/**
 * Rows read between turns given to the rest of the process: parsing and an embedded database's
 * answers run as microtasks, which would keep a preview in the web process from letting requests in.
 */
const ROWS_PER_TURN = 100;
/** JSON files can name many keys (Icecat has hundreds of attributes); the report lists this many. */
export const MAX_REPORTED_COLUMNS = 500;

/** Adds a JSON record's keys to the columns seen, in first-seen order, up to the cap. */
function collectColumns(columns: string[], seen: Set<string>, record: Record<string, unknown>) {
  for (const key of Object.keys(record)) {
    if (columns.length >= MAX_REPORTED_COLUMNS) return;
    if (!seen.has(key)) {
      seen.add(key);
      columns.push(key);
    }
  }
}

function rowsOf(
  source: CatalogSource,
  context: ReaderContext,
  mapping: ResolvedColumnMapping,
  report: ImportReport,
  guard: ImportGuard,
): AsyncGenerator<SourceRow> {
  const text = decodeUtf8(source.bytes, source.displayName, context.position);
  switch (source.format) {
    case 'icecat':
      return readJsonArrayRows(text, context);
    case 'jsonl':
      return readJsonLinesRows(text, context);
    case 'csv':
      return readCsvRows(text, context, {
        checkHeader: (header) => {
          report.columns = header.slice(0, MAX_REPORTED_COLUMNS);
          report.ignoredColumns = ignoredColumns(mapping, header);
          return guard.columnsProblem(header.length) ?? missingRequiredColumn(mapping, header);
        },
      });
  }
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
  const mapping = resolveColumnMapping(options.mapping);
  const store = await findStore(db, options.store);
  const schema = createProductSchema(store.currency);
  const guard = new ImportGuard(basename(options.file), options.limits, options.signal);
  const source = await openCatalogSource(options.file, options.format, guard);
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  const toDraft: (record: Record<string, unknown>) => DraftConversion =
    source.format === 'icecat' ? icecatRecordToDraft : (r) => tabularRecordToDraft(r, mapping);
  const position = { bytesRead: 0, rowsRead: 0 };
  const report: ImportReport = {
    store: store.slug,
    file: source.displayName,
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
    sample: [],
    dryRun: options.dryRun ?? false,
  };
  const sampleSize = options.sampleSize ?? 0;
  const firstRowOfId = new Map<string, number>();
  const jsonColumns = new Set<string>();
  const write = options.dryRun ? countProductChanges : upsertProducts;
  const writer = new BatchWriter({
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
    write: (products) => write(db, store.id, products),
    mark: (): ImportProgress => ({
      rowsRead: report.rowsRead,
      bytesRead: position.bytesRead,
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
    for await (const row of rowsOf(
      source,
      { file: source.displayName, position },
      mapping,
      report,
      guard,
    )) {
      if (row.row % ROWS_PER_TURN === 0) await yieldToEventLoop();
      guard.checkRunning();
      guard.checkRows(row.row);
      report.rowsRead = position.rowsRead = row.row;
      if (source.format !== 'csv' && 'record' in row) {
        guard.checkColumns(Object.keys(row.record).length);
        collectColumns(report.columns, jsonColumns, row.record);
      }
      const outcome = validateRow(row, toDraft, schema);
      if (!outcome.ok) {
        reject(outcome.errors);
        continue;
      }
      const { id } = outcome.product;
      const first = firstRowOfId.get(id);
      if (first !== undefined) {
        const at = row.line === undefined ? {} : { line: row.line };
        reject([
          {
            row: row.row,
            ...at,
            productId: id,
            field: 'id',
            reason: `repeats the id of row ${first}; the first one is kept`,
          },
        ]);
        continue;
      }
      firstRowOfId.set(id, row.row);
      if (report.sample.length < sampleSize) report.sample.push(outcome.product);
      await writer.add(outcome.product);
    }
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    report.fileError = error;
  } finally {
    source.close();
  }
  await writer.finish();
  return report;
}
