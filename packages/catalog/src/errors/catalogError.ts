/** Base class of every error the catalog package throws; messages are user-facing sentences. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}
