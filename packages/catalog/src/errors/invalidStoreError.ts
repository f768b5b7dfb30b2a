import { CatalogError } from './catalogError.ts';

/** Error thrown when a new store's slug, name or currency is not acceptable. */
export class InvalidStoreError extends CatalogError {
  override name = 'InvalidStoreError';
  declare readonly cause: { field: string; reason: string };

  constructor(field: string, reason: string) {
    super(`The store's ${field} ${reason}.`, { cause: { field, reason } });
  }
}
