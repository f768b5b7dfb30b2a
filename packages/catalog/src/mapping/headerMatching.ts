// A suggested column mapping from a file's header names: "Product name" fills the title, "Cost"
// the price, "Colour" becomes a text attribute. Names are compared normalised (case, accents,
// punctuation and a trailing "(unit)" ignored); the first synonym found wins, so a file with both
// "Title" and "Name" reads its title from "Title".
import type { AttributeKind } from '../product/attributes.ts';
import { CATALOG_COLUMNS, type CatalogColumn, type ColumnMapping } from './columnMapping.ts';
import { attributeSlug, isAttributeUnit, typedAttributeKey } from './typedAttribute.ts';

/** Header names that mean each field, best first, written normalised (see normalizeHeader). */
const FIELD_SYNONYMS: Record<CatalogColumn, string[]> = {
  id: ['id', 'product id', 'productid', 'item id', 'product code', 'item code', 'handle'],
  sku: ['sku', 'model', 'model number', 'mpn', 'part number', 'article number', 'item number'],
  title: ['title', 'product name', 'name', 'product title', 'item name', 'item title'],
  description: ['description', 'desc', 'product description', 'long description', 'details'],
  brand: ['brand', 'manufacturer', 'make', 'vendor', 'supplier', 'brand name'],
  category: ['category', 'categories', 'category path', 'product type', 'department', 'type'],
  price: ['price', 'cost', 'unit price', 'retail price', 'sale price', 'rrp', 'msrp', 'amount'],
  currency: ['currency', 'currency code'],
  image_url: ['image url', 'image', 'image link', 'picture', 'photo', 'img', 'image src'],
  availability: ['availability', 'stock status', 'in stock', 'stock', 'available'],
  gtin: ['gtin', 'ean', 'upc', 'barcode', 'ean13', 'gtin13', 'isbn'],
  released_at: ['released at', 'release date', 'released', 'date released', 'launch date'],
  attributes: ['attributes'],
};

/** Extra columns commonly worth keeping as attributes: normalised name → name and type. */
const KNOWN_ATTRIBUTES: Record<string, { name: string; kind: AttributeKind }> = {
  colour: { name: 'colour', kind: 'text' },
  color: { name: 'colour', kind: 'text' },
  material: { name: 'material', kind: 'text' },
  size: { name: 'size', kind: 'text' },
  pattern: { name: 'pattern', kind: 'text' },
  weight: { name: 'weight', kind: 'numeric' },
  width: { name: 'width', kind: 'numeric' },
  height: { name: 'height', kind: 'numeric' },
  depth: { name: 'depth', kind: 'numeric' },
  length: { name: 'length', kind: 'numeric' },
  waterproof: { name: 'waterproof', kind: 'boolean' },
  wireless: { name: 'wireless', kind: 'boolean' },
};

const TRAILING_UNIT = /^(.*?)\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/;

/** "Product Name" → "product name"; "Weight (kg)" → { name: "weight", unit: "kg" }. */
export function normalizeHeader(header: string): { name: string; unit?: string } {
  const match = TRAILING_UNIT.exec(header);
  const name = attributeSlug(match ? match[1]! : header).replace(/_/g, ' ');
  const unit = match?.[2]?.trim();
  return unit && isAttributeUnit(unit) ? { name, unit } : { name };
}

/**
 * The mapping a header suggests: fields whose column has another name, and typed attributes for
 * the extra columns we know. Columns named as ours (`id`, `attr.colour`) need no entry. A file
 * without an id column but with a SKU column reads its ids from the SKUs.
 */
export function suggestColumnMapping(header: readonly string[]): ColumnMapping {
  const names = header.map(normalizeHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of Object.keys(CATALOG_COLUMNS) as CatalogColumn[]) {
    const exact = header.indexOf(field);
    const index =
      exact >= 0
        ? exact
        : FIELD_SYNONYMS[field]
            .map((synonym) => names.findIndex((n, i) => n.name === synonym && !used.has(i)))
            .find((i) => i >= 0);
    if (index === undefined || index < 0) continue;
    used.add(index);
    if (header[index] !== field) mapping[field] = header[index]!;
  }
  if (!header.includes('id') && !mapping.id && (mapping.sku || header.includes('sku'))) {
    mapping.id = mapping.sku ?? 'sku';
  }
  names.forEach(({ name, unit }, i) => {
    const known = KNOWN_ATTRIBUTES[name];
    if (used.has(i) || !known) return;
    const key = typedAttributeKey(known.name, known.kind, unit);
    if (key && !(key in mapping)) mapping[key] = header[i]!;
  });
  return mapping;
}
