import { describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS } from '@shopsearch/catalog';
import type { ProductRow } from '../src/lib/admin/apiTypes';
import { attributeChoicesOf, attributeMappingOf } from '../src/lib/admin/attributeColumns';
import {
  columnChoices,
  extraColumnsOf,
  MAPPABLE_FIELDS,
  mappingOf,
} from '../src/lib/admin/columnMapping';
import { formatPriceInput, parsePriceInput } from '../src/lib/admin/price';
import { formFieldErrors, formValuesOf, patchOf } from '../src/lib/admin/productForm';

describe('price typed in major units', () => {
  it('converts exactly with the currency’s decimals', () => {
    expect(parsePriceInput('19.99', 'USD')).toEqual({ ok: true, minor: 1999 });
    expect(parsePriceInput(' 0.29 ', 'USD')).toEqual({ ok: true, minor: 29 });
    expect(parsePriceInput('19.990', 'USD')).toEqual({ ok: true, minor: 1999 });
    expect(parsePriceInput('.5', 'EUR')).toEqual({ ok: true, minor: 50 });
    expect(parsePriceInput('1500', 'JPY')).toEqual({ ok: true, minor: 1500 });
    expect(parsePriceInput('1.234', 'BHD')).toEqual({ ok: true, minor: 1234 });
    expect(parsePriceInput('', 'USD')).toEqual({ ok: true, minor: null });
  });

  it('lets a negative price through for the API to refuse, and stops what is not a price', () => {
    expect(parsePriceInput('-5', 'USD')).toEqual({ ok: true, minor: -500 });
    expect(parsePriceInput('abc', 'USD')).toMatchObject({ ok: false });
    expect(parsePriceInput('1,299.00', 'USD')).toMatchObject({ ok: false });
    expect(parsePriceInput('.', 'USD')).toMatchObject({ ok: false });
    expect(parsePriceInput('19.999', 'USD')).toEqual({
      ok: false,
      message: 'USD prices have at most 2 decimals.',
    });
    expect(parsePriceInput('10.5', 'JPY')).toEqual({
      ok: false,
      message: 'JPY prices have no decimals.',
    });
  });

  it('stops a price beyond the database’s limit, naming the limit as it is typed', () => {
    expect(parsePriceInput('21474836.47', 'USD')).toEqual({ ok: true, minor: 2_147_483_647 });
    expect(parsePriceInput('21474836.48', 'USD')).toEqual({
      ok: false,
      message: 'A price in USD can be at most 21,474,836.47.',
    });
    expect(parsePriceInput('99999999', 'USD')).toMatchObject({ ok: false });
    expect(parsePriceInput('9'.repeat(400), 'USD')).toMatchObject({ ok: false });
    expect(parsePriceInput('2147483648', 'JPY')).toEqual({
      ok: false,
      message: 'A price in JPY can be at most 2,147,483,647.',
    });
  });

  it('shows stored prices as they would be typed', () => {
    expect(formatPriceInput(1999, 'USD')).toBe('19.99');
    expect(formatPriceInput(5, 'USD')).toBe('0.05');
    expect(formatPriceInput(1500, 'JPY')).toBe('1500');
    expect(formatPriceInput(1234, 'BHD')).toBe('1.234');
    expect(formatPriceInput(null, 'USD')).toBe('');
  });
});

const product: ProductRow = {
  id: 'm1',
  sku: 'M185',
  title: 'Logitech M185',
  brand: 'Logitech',
  description: 'A mouse.',
  priceMinor: 1499,
  currency: 'USD',
  availability: 'in_stock',
  updatedAt: new Date(0),
  indexStatus: 'indexed',
};

describe('product edit', () => {
  it('sends only what changed, with the price in minor units', () => {
    const values = { ...formValuesOf(product), price: '12.50', availability: 'preorder' };
    expect(patchOf(product, values)).toEqual({
      ok: true,
      patch: { priceMinor: 1250, availability: 'preorder' },
    });
    expect(patchOf(product, formValuesOf(product))).toEqual({ ok: true, patch: null });
    expect(patchOf(product, { ...formValuesOf(product), price: '' })).toEqual({
      ok: true,
      patch: { priceMinor: null },
    });
  });

  it('does not send a price beyond the limit', () => {
    expect(patchOf(product, { ...formValuesOf(product), price: '99999999' })).toEqual({
      ok: false,
      fieldErrors: { price: 'A price in USD can be at most 21,474,836.47.' },
    });
  });

  it('places the API’s field errors on the form’s inputs', () => {
    expect(
      formFieldErrors({
        'patch.title': ['a product needs a title'],
        'patch.priceMinor': ['a price cannot be negative'],
        store: ['ignored'],
      }),
    ).toEqual({ title: 'A product needs a title.', price: 'A price cannot be negative.' });
    expect(formFieldErrors(null)).toEqual({});
  });
});

describe('column mapping', () => {
  it('offers every catalog column the import knows', () => {
    expect(MAPPABLE_FIELDS.map((f) => f.field).sort()).toEqual(Object.keys(CATALOG_COLUMNS).sort());
  });

  it('sends only fields read from a column of another name', () => {
    expect(mappingOf({ id: 'Product ID', title: 'title', price: 'Price (USD)', sku: '' })).toEqual({
      id: 'Product ID',
      price: 'Price (USD)',
    });
  });

  it('keeps the applied column among the choices even when the file lacks it', () => {
    expect(columnChoices(['Product ID', 'Name'], 'id')).toEqual(['id', 'Product ID', 'Name']);
    expect(columnChoices(['id', 'Name'], 'id')).toEqual(['id', 'Name']);
  });
});

describe('attribute columns', () => {
  const mapping = {
    id: 'SKU',
    title: 'Product name',
    attr_t_colour: 'Colour',
    attr_n_weight__kg_: 'Weight (kg)',
  };
  const columns = ['SKU', 'Product name', 'Colour', 'Weight (kg)', 'Notes', 'attr.size'];

  it('lists the columns no field reads, with the type and unit the preview applied', () => {
    const extra = extraColumnsOf(columns, mapping);
    expect(extra).toEqual(['Colour', 'Weight (kg)', 'Notes']);
    expect(attributeChoicesOf(mapping, extra)).toEqual({
      Colour: { use: 'text', name: 'colour', unit: '' },
      'Weight (kg)': { use: 'numeric', name: 'weight', unit: 'kg' },
      Notes: { use: 'none', name: 'Notes', unit: '' },
    });
  });

  it('builds the keys back from the merchant’s choices', () => {
    expect(
      attributeMappingOf({
        Colour: { use: 'none', name: 'colour', unit: '' },
        'Weight (kg)': { use: 'numeric', name: 'Net weight', unit: 'g' },
        Notes: { use: 'boolean', name: ' ', unit: 'x' },
      }),
    ).toEqual({ attr_n_net_weight__g_: 'Weight (kg)', attr_b_notes: 'Notes' });
    expect(mappingOf(mapping)).toEqual({ id: 'SKU', title: 'Product name' });
  });
});
