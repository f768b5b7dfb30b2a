import { CatalogError } from './catalogError.ts';

/** Error thrown when the file (or the file inside a zip) holds no bytes at all. */
export class EmptyFileError extends CatalogError {
  override name = 'EmptyFileError';
  declare readonly cause: { file: string };

  constructor(file: string) {
    super(`${file} is empty (0 bytes); there is nothing to import.`, { cause: { file } });
  }
}
