import { CatalogError } from './catalogError.ts';

/** Error thrown when the caller stopped waiting for an import (the request was aborted). */
export class ImportCancelledError extends CatalogError {
  override name = 'ImportCancelledError';

  constructor(file: string) {
    super(`Reading ${file} was cancelled.`, { cause: { file } });
  }
}
