import type { Availability } from '@shopsearch/db';
import type { AttributeValue } from './attributes.ts';

/** A product as read from a file, before validation: our field names, values as found. */
export interface ProductDraft {
  id?: unknown;
  sku?: unknown;
  title?: unknown;
  description?: unknown;
  brand?: unknown;
  /** A path as an array, or one string with levels separated by ">". */
  categoryPath?: unknown;
  /** Decimal amount in major units ("19.99"); formats that carry cents use `priceMinor`. */
  price?: unknown;
  priceMinor?: unknown;
  currency?: unknown;
  imageUrl?: unknown;
  availability?: unknown;
  /** An array, or one string of GTINs separated by spaces, commas, semicolons or bars. */
  gtins?: unknown;
  releasedAt?: unknown;
  /** An object of name → text, number or boolean. */
  attributes?: unknown;
}

/** A validated, normalised product, ready to be stored. */
export interface CatalogProduct {
  id: string;
  sku: string;
  title: string;
  description: string;
  brand: string;
  categoryPath: string[];
  priceMinor: number | null;
  currency: string;
  attributes: Record<string, AttributeValue>;
  imageUrl: string | null;
  availability: Availability;
  gtins: string[];
  releasedAt: Date | null;
}
