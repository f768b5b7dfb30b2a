import { CatalogError } from './catalogError.ts';

/** Error thrown when a column mapping names an unknown field or maps a field to a non-string. */
export class InvalidMappingError extends CatalogError {
  override name = 'InvalidMappingError';
  declare readonly cause: { problems: string[] };

  constructor(problems: string[]) {
    super(`The column mapping is invalid: ${problems.join('; ')}.`, { cause: { problems } });
  }
}
