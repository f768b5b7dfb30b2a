import { CsvError, parse } from 'csv-parse/sync';
import { restoreFormula } from './csvFormulas.ts';
import { MAX_GRADE, isGrade } from './grade.ts';
import type { Grade } from './types.ts';

export const QRELS_CSV_COLUMNS = ['query', 'docid', 'rating'] as const;

export type RowProblem = {
  reason:
    | 'malformed-csv'
    | 'wrong-field-count'
    | 'empty-field'
    | 'non-numeric-grade'
    | 'grade-out-of-range';
  message: string;
};

export interface Judgment {
  query: string;
  docId: string;
  grade: Grade;
}

/**
 * Fields of one CSV line, RFC 4180 quoting, surrounding whitespace trimmed (quoted content kept).
 * The line is parsed alone so that a broken quote cannot swallow the lines after it.
 */
export function csvFields(text: string): string[] | RowProblem {
  let records: string[][];
  try {
    records = parse(text, { trim: true, relax_column_count: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse's message counts lines within this one-line input, so only its code is kept.
    return { reason: 'malformed-csv', message: `malformed CSV (${error.code})` };
  }
  // Lines are already cut at LF, so a second record can only come from a lone CR.
  const [fields, ...extra] = records;
  if (fields === undefined || extra.length > 0) {
    return { reason: 'malformed-csv', message: 'malformed CSV (stray carriage return)' };
  }
  return fields;
}

export function isHeader(fields: readonly string[]): boolean {
  return (
    fields.length === QRELS_CSV_COLUMNS.length &&
    fields.every((field, index) => field.toLowerCase() === QRELS_CSV_COLUMNS[index])
  );
}

export function toJudgment(fields: readonly string[]): Judgment | RowProblem {
  const [query, docId, rating] = fields;
  if (fields.length !== 3 || query === undefined || docId === undefined || rating === undefined) {
    return {
      reason: 'wrong-field-count',
      message: `expected 3 fields (query,docid,rating), got ${fields.length}`,
    };
  }
  if (query === '') return { reason: 'empty-field', message: 'empty query' };
  if (docId === '') return { reason: 'empty-field', message: 'empty docid' };
  // Stricter than Number(): "", "0x3" and "1e0" are not ratings a judge typed.
  if (!/^[+-]?\d+(\.\d+)?$/.test(rating)) {
    return { reason: 'non-numeric-grade', message: `rating "${rating}" is not a number` };
  }
  const grade = Number(rating);
  if (!isGrade(grade)) {
    return {
      reason: 'grade-out-of-range',
      message: `rating ${rating} is not a grade in 0..${MAX_GRADE}`,
    };
  }
  // Written with an apostrophe in front so that spreadsheets do not run it (csvFormulas.ts).
  return { query: restoreFormula(query), docId: restoreFormula(docId), grade };
}
