import { CatalogError } from './catalogError.ts';

export interface FileEncodingProblem {
  file: string;
  /** Zero-based offset of the first byte that is not valid UTF-8. */
  byteOffset: number;
  /** One-based row being read when the bad byte was met (rows before it were imported). */
  row: number;
}

/** Error thrown when a file is not valid UTF-8; reading stops at the first invalid byte. */
export class FileEncodingError extends CatalogError {
  override name = 'FileEncodingError';
  declare readonly cause: FileEncodingProblem;

  constructor(problem: FileEncodingProblem) {
    super(
      `${problem.file} is not valid UTF-8: the byte at offset ${problem.byteOffset.toLocaleString('en-US')} (in row ${problem.row}) cannot be decoded. Save the file as UTF-8 and import it again.`,
      { cause: problem },
    );
  }
}
