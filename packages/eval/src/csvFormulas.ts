// Spreadsheets run a cell that begins with =, +, -, @ (or their full-width forms), a tab or a
// carriage return as a formula, so a query typed into the shop could run in an analyst's
// spreadsheet. As OWASP advises, such a value is written with an apostrophe in front, which
// spreadsheets show as text. The qrels reader takes one apostrophe off again; a value that already
// starts with apostrophes before such a character gets one more, so every value reads back as it
// was written.

const FORMULA_START = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The value as a CSV cell no spreadsheet runs. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The value `defuseFormula` was given. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}
