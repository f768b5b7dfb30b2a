// How CSV columns and JSON Lines keys map onto product fields. The default column names are our
// field names; a mapping object { ourField: 'theirColumn' } renames any of them. Attribute columns
// are named `attr.<name>`, optionally typed `attr.<name>:number` or `attr.<name>:boolean`; a
// mapping can also point `attr.<name>` keys at columns with other names, and typed attribute keys
// (`attr_n_weight__kg_`, typedAttribute.ts) at the columns that fill them.
import { z } from 'zod';
import { InvalidMappingError } from '../errors/invalidMappingError.ts';
import type { AttributeKind } from '../product/attributes.ts';
import type { ProductDraft } from '../product/catalogProduct.ts';
import { parseTypedAttributeKey, type TypedAttribute } from './typedAttribute.ts';

/** Our column names and the draft field each fills. */
export const CATALOG_COLUMNS = {
  id: 'id',
  sku: 'sku',
  title: 'title',
  description: 'description',
  brand: 'brand',
  category: 'categoryPath',
  price: 'price',
  currency: 'currency',
  image_url: 'imageUrl',
  availability: 'availability',
  gtin: 'gtins',
  released_at: 'releasedAt',
  attributes: 'attributes',
} as const satisfies Record<string, keyof ProductDraft>;

export type CatalogColumn = keyof typeof CATALOG_COLUMNS;

/** `{ ourField: 'theirColumn' }`; keys are catalog columns or `attr.<name>[:kind]`. */
export type ColumnMapping = Partial<Record<CatalogColumn, string>> & Record<string, string>;

export const ATTRIBUTE_PREFIX = 'attr.';

const KIND_SUFFIXES: Record<string, AttributeKind> = {
  text: 'text',
  number: 'numeric',
  boolean: 'boolean',
};

export interface AttributeColumn {
  name: string;
  /** Declared by a `:number` / `:boolean` / `:text` suffix; untyped values keep their JSON type. */
  kind?: AttributeKind;
  /** Set for a typed attribute key: the cells are read as its type (and unit) and stored under it. */
  typed?: TypedAttribute;
}

/** Reads `attr.weight:number` → { name: 'weight', kind: 'numeric' }; undefined if not attr.* */
export function parseAttributeColumn(column: string): AttributeColumn | undefined {
  if (!column.startsWith(ATTRIBUTE_PREFIX)) return undefined;
  const spec = column.slice(ATTRIBUTE_PREFIX.length);
  const colon = spec.lastIndexOf(':');
  const kind = colon > 0 ? KIND_SUFFIXES[spec.slice(colon + 1)] : undefined;
  const name = kind ? spec.slice(0, colon) : spec;
  return name.trim() === '' ? undefined : kind ? { name, kind } : { name };
}

export interface ResolvedColumnMapping {
  /** Our column → the source's column. */
  columns: Record<CatalogColumn, string>;
  /** Source columns the mapping declares as attributes. */
  attributeColumns: Map<string, AttributeColumn>;
}

const mappingSchema = z.record(z.string(), z.string().trim().min(1), {
  error: 'it must be an object of field name → column name',
});

/** Validates a mapping and fills in the defaults; throws InvalidMappingError. */
export function resolveColumnMapping(mapping: unknown = {}): ResolvedColumnMapping {
  const parsed = mappingSchema.safeParse(mapping);
  if (!parsed.success) {
    throw new InvalidMappingError(
      parsed.error.issues.map((issue) =>
        issue.path.length ? `"${String(issue.path[0])}" must map to a column name` : issue.message,
      ),
    );
  }
  const columns = Object.fromEntries(Object.keys(CATALOG_COLUMNS).map((c) => [c, c])) as Record<
    CatalogColumn,
    string
  >;
  const attributeColumns = new Map<string, AttributeColumn>();
  const unknown: string[] = [];
  for (const [ours, theirs] of Object.entries(parsed.data)) {
    const attribute = parseAttributeColumn(ours);
    const typed = parseTypedAttributeKey(ours);
    if (ours in CATALOG_COLUMNS) columns[ours as CatalogColumn] = theirs;
    else if (attribute) attributeColumns.set(theirs, attribute);
    else if (typed) attributeColumns.set(theirs, { name: ours, kind: typed.kind, typed });
    else unknown.push(ours);
  }
  if (unknown.length) {
    throw new InvalidMappingError([
      `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (known: ${Object.keys(CATALOG_COLUMNS).join(', ')}, attr.<name>, attr_t_<name>, attr_n_<name>, attr_b_<name>)`,
    ]);
  }
  return { columns, attributeColumns };
}

/** The attribute a source column feeds, if any: declared by the mapping or named attr.* */
export function attributeColumnFor(
  mapping: ResolvedColumnMapping,
  column: string,
): AttributeColumn | undefined {
  return mapping.attributeColumns.get(column) ?? parseAttributeColumn(column);
}

/** Source columns that feed nothing: neither a field nor an attribute. */
export function ignoredColumns(mapping: ResolvedColumnMapping, header: string[]): string[] {
  const used = new Set(Object.values(mapping.columns));
  return header.filter((c) => !used.has(c) && !attributeColumnFor(mapping, c));
}

/** The header problem that makes every row invalid: a required field's column is missing. */
export function missingRequiredColumn(
  mapping: ResolvedColumnMapping,
  header: string[],
): string | undefined {
  for (const field of ['id', 'title'] as const) {
    const column = mapping.columns[field];
    if (!header.includes(column)) {
      const mapped = column === field ? '' : ` (mapped to ${field})`;
      return `the header has no "${column}" column${mapped}, which every product needs; found ${header.map((c) => `"${c}"`).join(', ')}`;
    }
  }
  return undefined;
}
