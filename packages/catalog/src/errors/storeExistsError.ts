import { CatalogError } from './catalogError.ts';

/** Error thrown when creating a store whose slug is already taken. */
export class StoreExistsError extends CatalogError {
  override name = 'StoreExistsError';
  declare readonly cause: { slug: string };

  constructor(slug: string) {
    super(`A store with the slug "${slug}" already exists.`, { cause: { slug } });
  }
}
