import { CatalogError } from './catalogError.ts';

/** Error thrown when no store has the given slug; raised before anything is read or written. */
export class UnknownStoreError extends CatalogError {
  override name = 'UnknownStoreError';
  declare readonly cause: { slug: string };

  constructor(slug: string) {
    super(`There is no store with the slug "${slug}". Create it first or check the spelling.`, {
      cause: { slug },
    });
  }
}
