// The part of an import that needs no database: open the file, decode and parse it, check each row
// against the limits, validate it and drop repeated ids. It yields what the import then counts and
// writes, and runs the same in the caller's thread or in a reading worker (readerWorker.ts).
import { basename } from 'node:path';
import {
  ignoredColumns,
  missingRequiredColumn,
  resolveColumnMapping,
  type ColumnMapping,
  type ResolvedColumnMapping,
} from '../mapping/columnMapping.ts';
import type { DraftConversion } from '../mapping/draftConversion.ts';
import { suggestColumnMapping } from '../mapping/headerMatching.ts';
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
import { ImportGuard, type ImportLimits } from './importLimits.ts';
import { validateRow, type RowOutcome } from './rowValidation.ts';

/** What to read, as plain data (it is posted to a worker). */
export interface ReadRequest {
  file: string;
  format?: CatalogFormat | undefined;
  mapping?: ColumnMapping | undefined;
  /** Without a mapping: match the header's names to our fields (headerMatching.ts). */
  suggestMapping?: boolean | undefined;
  /** The store's currency, which prices without one are read in. */
  currency: string;
  limits?: ImportLimits | undefined;
}

export type ReadEvent =
  | { kind: 'opened'; file: string; format: CatalogFormat; totalBytes: number }
  /** A CSV's header, or the JSON keys seen so far (sent when they grow), and the mapping used. */
  | { kind: 'columns'; columns: string[]; ignoredColumns: string[]; mapping: ColumnMapping }
  | { kind: 'row'; row: number; line?: number; bytesRead: number; outcome: RowOutcome };

/** JSON files can name many keys (Icecat has hundreds of attributes); the report lists this many. */
export const MAX_REPORTED_COLUMNS = 500;

/** Adds a JSON record's keys to the columns seen, in first-seen order; true when any was new. */
function collectColumns(columns: string[], seen: Set<string>, record: Record<string, unknown>) {
  let grew = false;
  for (const key of Object.keys(record)) {
    if (columns.length >= MAX_REPORTED_COLUMNS) break;
    if (!seen.has(key)) {
      seen.add(key);
      columns.push(key);
      grew = true;
    }
  }
  return grew;
}

function rowsOf(
  source: CatalogSource,
  context: ReaderContext,
  guard: ImportGuard,
  onHeader: (header: string[]) => ResolvedColumnMapping,
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
          const mapping = onHeader(header);
          return guard.columnsProblem(header.length) ?? missingRequiredColumn(mapping, header);
        },
      });
  }
}

/**
 * Reads `request.file`. Throws InvalidMappingError, UnreadableFileError, EmptyFileError,
 * UnsupportedFileError, MalformedFileError (a broken zip) or ImportLimitError before the `opened`
 * event; a CatalogError thrown after it stops reading a file whose earlier rows were yielded.
 */
export async function* readCatalog(
  request: ReadRequest,
  guard = new ImportGuard(basename(request.file), request.limits),
): AsyncGenerator<ReadEvent> {
  let given = request.mapping ?? {};
  let mapping = resolveColumnMapping(given);
  const suggest = request.suggestMapping === true && request.mapping === undefined;
  const schema = createProductSchema(request.currency);
  const source = await openCatalogSource(request.file, request.format, guard);
  const pending: ReadEvent[] = [];
  try {
    yield {
      kind: 'opened',
      file: source.displayName,
      format: source.format,
      totalBytes: source.totalBytes,
    };
    const toDraft: (record: Record<string, unknown>) => DraftConversion =
      source.format === 'icecat' ? icecatRecordToDraft : (r) => tabularRecordToDraft(r, mapping);
    const position = { bytesRead: 0, rowsRead: 0 };
    const columns: string[] = [];
    const seenColumns = new Set<string>();
    const firstRowOfId = new Map<string, number>();
    let suggestFrom = suggest
      ? (header: string[]) => {
          given = suggestColumnMapping(header);
          mapping = resolveColumnMapping(given);
          suggestFrom = undefined;
        }
      : undefined;
    const onHeader = (header: string[]) => {
      suggestFrom?.(header);
      pending.push({
        kind: 'columns',
        columns: header.slice(0, MAX_REPORTED_COLUMNS),
        ignoredColumns: ignoredColumns(mapping, header),
        mapping: given,
      });
      return mapping;
    };
    const context = { file: source.displayName, position };
    try {
      for await (const row of rowsOf(source, context, guard, onHeader)) {
        yield* pending.splice(0);
        guard.checkRunning();
        guard.checkRows(row.row);
        position.rowsRead = row.row;
        if (source.format !== 'csv' && 'record' in row) {
          guard.checkColumns(Object.keys(row.record).length);
          // JSON Lines: the first record's keys are the header a mapping is suggested from.
          if (source.format === 'jsonl') suggestFrom?.(Object.keys(row.record));
          if (collectColumns(columns, seenColumns, row.record)) {
            yield { kind: 'columns', columns: [...columns], ignoredColumns: [], mapping: given };
          }
        }
        const at = row.line === undefined ? {} : { line: row.line };
        yield {
          kind: 'row',
          row: row.row,
          ...at,
          bytesRead: position.bytesRead,
          outcome: firstOfItsId(validateRow(row, toDraft, schema), row, firstRowOfId),
        };
      }
    } catch (error) {
      // A header refused while it was read still tells the merchant what the columns were.
      yield* pending.splice(0);
      throw error;
    }
    yield* pending.splice(0);
  } finally {
    source.close();
  }
}

/** A valid product whose id an earlier row had becomes a row error; the first one is kept. */
function firstOfItsId(
  outcome: RowOutcome,
  row: SourceRow,
  firstRowOfId: Map<string, number>,
): RowOutcome {
  if (!outcome.ok) return outcome;
  const { id } = outcome.product;
  const first = firstRowOfId.get(id);
  if (first === undefined) {
    firstRowOfId.set(id, row.row);
    return outcome;
  }
  const at = row.line === undefined ? {} : { line: row.line };
  return {
    ok: false,
    errors: [
      {
        row: row.row,
        ...at,
        productId: id,
        field: 'id',
        reason: `repeats the id of row ${first}; the first one is kept`,
      },
    ],
  };
}
