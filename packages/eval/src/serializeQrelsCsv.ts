import { QRELS_CSV_COLUMNS } from './qrelsCsvRow.ts';
import type { Qrels } from './types.ts';

export interface SerializeQrelsOptions {
  /** Write the `query,docid,rating` header line. Default true. */
  header?: boolean;
}

/**
 * Writes qrels as CSV that `parseQrelsCsv` reads back unchanged: LF line endings, queries and
 * judgments in map order, fields quoted only when they hold a comma, a quote or surrounding
 * whitespace (which the parser would otherwise trim). Throws on a line break inside a query or
 * doc id, since every qrels row must fit on one line.
 */
export function serializeQrelsCsv(
  qrels: Qrels,
  { header = true }: SerializeQrelsOptions = {},
): string {
  const lines = header ? [QRELS_CSV_COLUMNS.join(',')] : [];
  for (const [query, judgments] of qrels) {
    for (const [docId, grade] of judgments) {
      lines.push(`${csvField(query)},${csvField(docId)},${grade}`);
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

function csvField(value: string): string {
  if (/[\r\n]/.test(value))
    throw new RangeError(`line break in qrels field ${JSON.stringify(value)}`);
  return /[",]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
