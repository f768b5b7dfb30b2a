// The upload preview's column mapping: which column of the file fills each product field. The
// preview reports the mapping it applied (suggested from the header, defaults filled in); the
// merchant changes some columns and the next preview is asked with the fields that differ from our
// own names (and the attribute columns, attributeColumns.ts).

/** The product fields a CSV or JSON Lines file can fill, in the catalog's column names. */
export const MAPPABLE_FIELDS = [
  { field: 'id', label: 'Product id', required: true },
  { field: 'title', label: 'Title', required: true },
  { field: 'sku', label: 'SKU', required: false },
  { field: 'brand', label: 'Brand', required: false },
  { field: 'description', label: 'Description', required: false },
  { field: 'category', label: 'Category', required: false },
  { field: 'price', label: 'Price', required: false },
  { field: 'currency', label: 'Currency', required: false },
  { field: 'availability', label: 'Availability', required: false },
  { field: 'image_url', label: 'Image URL', required: false },
  { field: 'gtin', label: 'GTIN / EAN', required: false },
  { field: 'released_at', label: 'Release date', required: false },
  { field: 'attributes', label: 'Attributes (JSON)', required: false },
] as const;

export type MappableField = (typeof MAPPABLE_FIELDS)[number]['field'];
export type ColumnSelection = Record<string, string>;

/** The mapping to send: fields read from a column of another name than the field's own. */
export function mappingOf(selection: ColumnSelection): Record<string, string> {
  return Object.fromEntries(
    MAPPABLE_FIELDS.map(({ field }) => [field, selection[field] ?? field]).filter(
      ([field, column]) => column !== '' && column !== field,
    ),
  );
}

/** The choices for one field: every column found, plus the applied one when the file lacks it. */
export function columnChoices(columns: readonly string[], applied: string): string[] {
  return columns.includes(applied) ? [...columns] : [applied, ...columns];
}

/** Columns no field reads (`attr.*` columns are attributes by their name already). */
export function extraColumnsOf(columns: readonly string[], selection: ColumnSelection): string[] {
  const used = new Set(
    MAPPABLE_FIELDS.map(({ field }) => selection[field] ?? field).filter((c) => c !== ''),
  );
  return columns.filter((c) => !used.has(c) && !c.startsWith('attr.'));
}
