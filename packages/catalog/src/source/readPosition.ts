/** How far an import has read; the decoder advances bytes, the import loop rows. */
export interface ReadPosition {
  /** Bytes of content consumed (uncompressed for zips). */
  bytesRead: number;
  /** Rows handed to the import so far, valid or not. */
  rowsRead: number;
}

/** One row of a source file: a record to validate, or a row too broken to read at all. */
export type SourceRow =
  | { row: number; line?: number; record: Record<string, unknown> }
  | { row: number; line?: number; malformed: string; field?: string };

export interface ReaderContext {
  /** The file's name as messages show it. */
  file: string;
  position: ReadPosition;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
