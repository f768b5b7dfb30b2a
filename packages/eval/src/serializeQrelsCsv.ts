import { stringify } from 'csv-stringify/sync';
import { defuseFormula } from './csvFormulas.ts';
import { QRELS_CSV_COLUMNS } from './qrelsCsvRow.ts';
import type { Qrels } from './types.ts';

export interface SerializeQrelsOptions {
  /** Write the `query,docid,rating` header line. Default true. */
  header?: boolean;
}

/**
 * Writes qrels as CSV (through csv-stringify) that `parseQrelsCsv` reads back unchanged: LF line
 * endings, queries and judgments in map order, fields quoted when they hold a comma, a quote, a
 * line break or surrounding whitespace (which the parser would otherwise trim), and values a
 * spreadsheet would run as a formula defused with an apostrophe (see csvFormulas.ts). A line break
 * inside a query is written quoted, as RFC 4180 says: spreadsheets read it, but the qrels reader
 * takes one row per line and reports such a row as malformed.
 */
export function serializeQrelsCsv(
  qrels: Qrels,
  { header = true }: SerializeQrelsOptions = {},
): string {
  const rows: string[][] = header ? [[...QRELS_CSV_COLUMNS]] : [];
  for (const [query, judgments] of qrels) {
    for (const [docId, grade] of judgments) rows.push([query, docId, String(grade)]);
  }
  return stringify(rows, {
    cast: { string: defuseFormula },
    quoted_match: /^\s|\s$/,
    record_delimiter: 'unix',
  });
}
