// What the first stage indexes about a product: the searchable text, the filterable and sortable
// fields, and the attributes under their catalog names. Built from a product row in one place.
import type { Product } from '@shopsearch/db';
import type { Availability } from './retrieval.ts';

export type AttributeValue = string | number | boolean;

export interface SearchDocument {
  id: string;
  sku: string;
  title: string;
  brand: string;
  description: string;
  priceMinor: number | null;
  availability: Availability;
  /** Seconds since the epoch, for sorting by newest; null when unknown. */
  releasedAt: number | null;
  attributes: Record<string, AttributeValue>;
}

export function toSearchDocument(product: Product): SearchDocument {
  return {
    id: product.id,
    sku: product.sku,
    title: product.title,
    brand: product.brand,
    description: product.description,
    priceMinor: product.priceMinor,
    availability: product.availability,
    releasedAt: product.releasedAt ? Math.floor(product.releasedAt.getTime() / 1000) : null,
    attributes: attributeRecord(product.attributes),
  };
}

/** Keeps only scalar attribute values; nested JSON is not filterable. */
function attributeRecord(json: unknown): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    for (const [key, value] of Object.entries(json)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        out[key] = value;
    }
  }
  return out;
}

export type DocumentFields = Pick<SearchDocument, 'title' | 'brand' | 'description'>;

/** Words in a title, split at whitespace (the migration that added the column counts alike). */
export function titleWordCount(title: string): number {
  const trimmed = title.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}

const FIELD_ORDER = ['title', 'brand', 'description'] as const;
const FIELD_SEPARATOR = '. ';

/** The text the late-interaction model encodes for a product: its fields in a fixed order. */
export function documentText(product: DocumentFields): string {
  return documentFields(product)
    .map((f) => product[f.field])
    .join(FIELD_SEPARATOR);
}

/** Where each non-empty field starts in `documentText`, to map token offsets back to fields. */
export function documentFields(product: DocumentFields) {
  const fields: { field: (typeof FIELD_ORDER)[number]; offset: number; length: number }[] = [];
  let offset = 0;
  for (const field of FIELD_ORDER) {
    const value = product[field];
    if (!value.trim()) continue;
    if (fields.length) offset += FIELD_SEPARATOR.length;
    fields.push({ field, offset, length: value.length });
    offset += value.length;
  }
  return fields;
}
