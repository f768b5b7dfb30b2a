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
  /** The numeric attribute values alone, for numeric ranges (see numericAttributeField). */
  attributeNumbers: 'attributeNumbers',
} as const;

const ATTRIBUTE_NAME = /^[A-Za-z0-9_]+$/;

/** The dot-notation field of a catalog attribute; refuses names that are not plain identifiers. */
export function attributeField(name: string): string {
  return `${FIELDS.attributes}.${checkedName(name)}`;
}

/**
 * The field holding an attribute's value only where it is a number. Meilisearch compares
 * strings with a range's bounds too (since 1.15), so on the attribute itself `>= 10` would also
 * select "n/a" or "15 inch" under a name most products fill with numbers.
 */
export function numericAttributeField(name: string): string {
  return `${FIELDS.attributeNumbers}.${checkedName(name)}`;
}

function checkedName(name: string): string {
  if (typeof name !== 'string' || !ATTRIBUTE_NAME.test(name)) {
    throw new InvalidFilterError(
      `attribute name ${JSON.stringify(name)} is not allowed: use letters, digits and underscores`,
      { cause: { attribute: name } },
    );
  }
  return name;
}
