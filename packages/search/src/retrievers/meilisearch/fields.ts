// Where each part of a SearchDocument lives in a Meilisearch document. Catalog attributes stay
// nested under `attributes`, addressed with dot notation; their names are the only field names
// that come from outside the code, so they are checked before they reach an expression.
import { InvalidFilterError } from './errors.ts';

export const FIELDS = {
  /** The primary key: the product id made acceptable to the engine (documentKeys.ts). */
  key: 'id',
  /** The catalog's own product id, returned in answers. */
  productId: 'productId',
  title: 'title',
  brand: 'brand',
  sku: 'sku',
  description: 'description',
  price: 'priceMinor',
  availability: 'availability',
  releasedAt: 'releasedAt',
  attributes: 'attributes',
} as const;

const ATTRIBUTE_NAME = /^[A-Za-z0-9_]+$/;

/** The dot-notation field of a catalog attribute; refuses names that are not plain identifiers. */
export function attributeField(name: string): string {
  if (typeof name !== 'string' || !ATTRIBUTE_NAME.test(name)) {
    throw new InvalidFilterError(
      `attribute name ${JSON.stringify(name)} is not allowed: use letters, digits and underscores`,
      { cause: { attribute: name } },
    );
  }
  return `${FIELDS.attributes}.${name}`;
}
