// csv-parse's errors in words a merchant can act on. Its own messages describe the parser's state
// and quote the file (`Invalid Opening Quote: a quote is found on field "title" at line 10, value
// is "…"`); here each says what is wrong with the row and how to fix it, while the row, line and
// column travel beside it.
import type { CsvError } from 'csv-parse';

/** Problems within one value: the column is named. */
const VALUE_PROBLEMS: Partial<Record<CsvError['code'], string>> = {
  INVALID_OPENING_QUOTE:
    'has a quote inside a value that does not start with one; put the whole value in quotes and double each quote inside it ("")',
  CSV_INVALID_CLOSING_QUOTE: 'has a quote inside a quoted value that is not doubled ("")',
  CSV_QUOTE_NOT_CLOSED: 'opens a quoted value that is never closed, up to the end of the file',
};

/** Problems of the whole row. */
const ROW_PROBLEMS: Partial<Record<CsvError['code'], string>> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: 'does not have as many values as the header has columns',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'does not have as many values as the header has columns',
};

/** Why csv-parse could not read a row, and in which column (by its header name) when one value. */
export function describeCsvError(error: CsvError): { malformed: string; field?: string } {
  const valueProblem = VALUE_PROBLEMS[error.code];
  if (valueProblem === undefined) {
    return { malformed: ROW_PROBLEMS[error.code] ?? 'cannot be read as CSV' };
  }
  // While the header is read, csv-parse names columns by their index instead.
  return typeof error.column === 'string'
    ? { malformed: valueProblem, field: error.column }
    : { malformed: valueProblem };
}
