import { CatalogError } from './catalogError.ts';

export interface MalformedFileProblem {
  file: string;
  reason: string;
  /** How far reading got (bytes of the decoded content) when the problem was found. */
  byteOffset?: number;
  /** One-based row being read when the problem was found; rows before it were imported. */
  row?: number;
}

/** Error thrown when a file's structure is broken (bad header, truncated or invalid JSON, bad zip). */
export class MalformedFileError extends CatalogError {
  override name = 'MalformedFileError';
  declare readonly cause: MalformedFileProblem;

  constructor(problem: MalformedFileProblem) {
    super(`${problem.file} is malformed: ${problem.reason}.`, { cause: problem });
  }
}
