import { CatalogError } from './catalogError.ts';

export type ImportLimitKind =
  'unpackedBytes' | 'zipEntries' | 'rows' | 'columns' | 'time' | 'memory';

/** Error thrown when a file goes past one of the import's limits (see ImportLimits). */
export class ImportLimitError extends CatalogError {
  override name = 'ImportLimitError';
  declare readonly cause: { file: string; limit: ImportLimitKind };

  constructor(file: string, limit: ImportLimitKind, reason: string) {
    super(`${file} is too big to import here: ${reason}. Split the catalog into smaller files.`, {
      cause: { file, limit },
    });
  }
}
