// The product editor's form: the values it starts from, and the patch an edit sends. Only fields
// that changed are sent; a price that is not a number, or more than can be stored, is stopped
// here, everything else (empty title, negative price) is the API's to refuse, field by field.
import type { Availability, ProductPatch, ProductRow } from './apiTypes';
import { formatPriceInput, parsePriceInput } from './price';

export const AVAILABILITY_LABELS: Record<Availability, string> = {
  in_stock: 'In stock',
  out_of_stock: 'Out of stock',
  preorder: 'Pre-order',
  discontinued: 'Discontinued',
};

export const EDITABLE_FIELDS = ['title', 'brand', 'description', 'price', 'availability'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type ProductFormValues = Record<EditableField, string>;

export function formValuesOf(product: ProductRow): ProductFormValues {
  return {
    title: product.title,
    brand: product.brand,
    description: product.description,
    price: formatPriceInput(product.priceMinor, product.currency),
    availability: product.availability,
  };
}

export type PatchResult =
  | { ok: true; patch: ProductPatch | null }
  | { ok: false; fieldErrors: Partial<Record<EditableField, string>> };

/** What changed between the product and the form, or why the form cannot be sent. */
export function patchOf(product: ProductRow, values: ProductFormValues): PatchResult {
  const price = parsePriceInput(values.price, product.currency);
  if (!price.ok) return { ok: false, fieldErrors: { price: price.message } };
  const before = formValuesOf(product);
  const patch: ProductPatch = {};
  if (values.title !== before.title) patch.title = values.title;
  if (values.brand !== before.brand) patch.brand = values.brand;
  if (values.description !== before.description) patch.description = values.description;
  if (price.minor !== product.priceMinor) patch.priceMinor = price.minor;
  if (values.availability !== before.availability) {
    patch.availability = values.availability as Availability;
  }
  return { ok: true, patch: Object.keys(patch).length ? patch : null };
}

/** The API names fields by path (`patch.priceMinor`); the form by input (`price`). */
const FIELD_OF_PATH: Record<string, EditableField> = {
  'patch.title': 'title',
  'patch.brand': 'brand',
  'patch.description': 'description',
  'patch.priceMinor': 'price',
  'patch.availability': 'availability',
};

export function formFieldErrors(
  apiFieldErrors: Record<string, string[]> | null | undefined,
): Partial<Record<EditableField, string>> {
  const errors: Partial<Record<EditableField, string>> = {};
  for (const [path, messages] of Object.entries(apiFieldErrors ?? {})) {
    const field = FIELD_OF_PATH[path];
    if (field && messages[0]) errors[field] ??= capitalise(messages[0]);
  }
  return errors;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}
