// CSV with a header row, read through csv-parse fed chunk by chunk. Rows csv-parse cannot read
// (wrong number of values, stray quotes) come back as malformed rows, in file order, and reading
// goes on; a broken header stops the import before any row.
import { parse, type CsvError } from 'csv-parse';
import { MalformedFileError } from '../errors/malformedFileError.ts';
import { describeCsvError } from './csvErrors.ts';
import type { ReaderContext, SourceRow } from './readPosition.ts';

/** A single record this long means a quote was never closed; stop rather than buffer the file. */
export const MAX_RECORD_CHARS = 8_000_000;

/**
 * The widest header read: room for every product field and the 1,000 attributes a product may
 * have. Wider files are refused before any row, so no row is ever built with more keys.
 */
export const MAX_CSV_COLUMNS = 2_000;

export interface CsvReaderOptions {
  /** Called once with the header's column names; returns a problem that stops the import. */
  checkHeader?(columns: string[]): string | undefined;
}

type ParsedRecord = { record: Record<string, string>; info: { lines: number } };

function headerProblem(columns: string[]): string | undefined {
  if (columns.length > MAX_CSV_COLUMNS) {
    return `the header has ${columns.length.toLocaleString('en-US')} columns; at most ${MAX_CSV_COLUMNS.toLocaleString('en-US')} are read`;
  }
  const empty = columns.findIndex((c) => c === '');
  if (empty !== -1) return `column ${empty + 1} of the header has no name`;
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) return `the header names the column "${column}" twice`;
    seen.add(column);
  }
  return undefined;
}

export async function* readCsvRows(
  text: AsyncIterable<string>,
  { file, position }: ReaderContext,
  options: CsvReaderOptions = {},
): AsyncGenerator<SourceRow> {
  const skipped: { line: number; malformed: string; field?: string }[] = [];
  let skipCount = 0;
  let lastSkippedLine = 0;
  let headerRead = false;
  let badHeader: string | undefined;
  const parser = parse({
    columns: (header: unknown[]) => {
      headerRead = true;
      const columns = header.map((c) => String(c).trim());
      badHeader = headerProblem(columns) ?? options.checkHeader?.(columns);
      if (badHeader) throw new Error(badHeader);
      return columns;
    },
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: CsvError | undefined) => {
      if (!error) return;
      const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
      // csv-parse can report one broken record more than once (each stray quote); keep the first.
      if (lastSkippedLine === line) return;
      lastSkippedLine = line;
      const problem = describeCsvError(error);
      if (!headerRead) {
        // A header that cannot be read stops the import: csv-parse stops at an error thrown here.
        badHeader = `the header ${problem.malformed}`;
        throw new Error(badHeader);
      }
      skipped.push({ line, ...problem });
      skipCount += 1;
    },
  });
  // Failures are read from `parser.errored` where they can be located; this only keeps the
  // stream's 'error' event from going unhandled.
  parser.on('error', () => {});
  let row = 0;
  let charsSinceRecord = 0;
  const fail = (reason: string) =>
    new MalformedFileError({ file, reason, byteOffset: position.bytesRead, row: row + 1 });

  /** Malformed rows found up to `line`, in file order. */
  const skippedUpTo = function* (line: number): Generator<SourceRow> {
    while (skipped.length && skipped[0]!.line <= line) {
      yield { row: ++row, ...skipped.shift()! };
    }
  };
  const recordRow = function* ({ record, info }: ParsedRecord): Generator<SourceRow> {
    yield* skippedUpTo(info.lines);
    charsSinceRecord = 0;
    yield { row: ++row, line: info.lines, record };
  };
  const checkParser = () => {
    const error = parser.errored;
    if (error) throw fail(badHeader ?? `the CSV cannot be read (${error.message})`);
  };

  for await (const chunk of text) {
    const progress = skipCount;
    parser.write(chunk);
    checkParser();
    charsSinceRecord = skipCount === progress ? charsSinceRecord + chunk.length : 0;
    for (let parsed; (parsed = parser.read() as ParsedRecord | null);) yield* recordRow(parsed);
    if (charsSinceRecord > MAX_RECORD_CHARS) {
      throw fail(
        `a row is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters; a quoted value is probably never closed`,
      );
    }
  }
  parser.end();
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>) yield* recordRow(parsed);
  } catch (error) {
    throw fail(badHeader ?? `the CSV cannot be read (${(error as Error).message})`);
  }
  yield* skippedUpTo(Infinity);
}
