import { CatalogError } from './catalogError.ts';

/** Error thrown when the file does not exist, is a directory, or cannot be opened. */
export class UnreadableFileError extends CatalogError {
  override name = 'UnreadableFileError';
  declare readonly cause: { file: string; reason: string };

  constructor(file: string, reason: string) {
    super(`${file} cannot be read: ${reason}.`, { cause: { file, reason } });
  }
}
