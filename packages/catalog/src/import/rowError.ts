/** Why one row of a file was not imported. */
export interface RowError {
  /** One-based row number among the file's data rows (header and blank lines not counted). */
  row: number;
  /** Line in the file, for line-based formats (CSV, JSON Lines). */
  line?: number;
  /** The row's product id, when it has one. */
  productId?: string;
  /** The field as the file names it (CSV column, JSON key); absent when the whole row is bad. */
  field?: string;
  reason: string;
}

/** `Row 3 (line 4), id "A1", price: must not be negative (got "-1")` */
export function formatRowError(error: RowError): string {
  const where = [
    `Row ${error.row}${error.line === undefined ? '' : ` (line ${error.line})`}`,
    error.productId === undefined ? undefined : `id "${error.productId}"`,
    error.field,
  ].filter(Boolean);
  return `${where.join(', ')}: ${error.reason}`;
}
