import { describe, expect, it } from 'vitest';
import { createProductSchema, LIMITS, type ProductDraft } from '../src/index.ts';

const schema = createProductSchema('EUR');

function issues(draft: ProductDraft) {
  const result = schema.safeParse(draft);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function product(draft: ProductDraft) {
  return schema.parse(draft);
}

describe('product schema', () => {
  it('fills defaults: store currency, in stock, empty text and lists', () => {
    expect(product({ id: ' P1 ', title: 'Thing' })).toEqual({
      id: 'P1',
      sku: '',
      title: 'Thing',
      description: '',
      brand: '',
      categoryPath: [],
      priceMinor: null,
      currency: 'EUR',
      attributes: {},
      imageUrl: null,
      availability: 'in_stock',
      gtins: [],
      releasedAt: null,
    });
  });

  it('accepts numeric ids as text', () => {
    expect(product({ id: 1002, title: 'x' }).id).toBe('1002');
  });

  it('keeps a value at its documented limit whole', () => {
    expect(product({ id: 'x', title: 't'.repeat(LIMITS.title) }).title).toHaveLength(1000);
  });

  it('maps availability spellings', () => {
    expect(product({ id: 'x', title: 't', availability: 'In Stock' }).availability).toBe(
      'in_stock',
    );
    expect(
      product({ id: 'x', title: 't', availability: 'https://schema.org/OutOfStock' }).availability,
    ).toBe('out_of_stock');
    expect(product({ id: 'x', title: 't', availability: 'pre-order' }).availability).toBe(
      'preorder',
    );
    expect(product({ id: 'x', title: 't', availability: 'Discontinued' }).availability).toBe(
      'discontinued',
    );
  });

  it('converts prices with the row currency, else the store currency', () => {
    expect(product({ id: 'x', title: 't', price: '1500', currency: 'jpy' })).toMatchObject({
      priceMinor: 1500,
      currency: 'JPY',
    });
    expect(product({ id: 'x', title: 't', price: '19.99' })).toMatchObject({
      priceMinor: 1999,
      currency: 'EUR',
    });
    expect(product({ id: 'x', title: 't', priceMinor: 4995, currency: 'USD' }).priceMinor).toBe(
      4995,
    );
  });

  it('splits category paths and GTIN lists given as text', () => {
    const p = product({
      id: 'x',
      title: 't',
      categoryPath: ' Audio >  Headphones > ',
      gtins: '4548736132566| 4548736132573 ,4548736132566',
    });
    expect(p.categoryPath).toEqual(['Audio', 'Headphones']);
    expect(p.gtins).toEqual(['4548736132566', '4548736132573']);
  });

  it('reads ISO dates as UTC', () => {
    expect(product({ id: 'x', title: 't', releasedAt: '2022-06-01' }).releasedAt).toEqual(
      new Date('2022-06-01T00:00:00Z'),
    );
    expect(product({ id: 'x', title: 't', releasedAt: '2022-06-01T09:30:00' }).releasedAt).toEqual(
      new Date('2022-06-01T09:30:00Z'),
    );
    expect(
      product({ id: 'x', title: 't', releasedAt: '2022-06-01T09:30:00+02:00' }).releasedAt,
    ).toEqual(new Date('2022-06-01T07:30:00Z'));
  });

  it('accepts absolute http(s) image URLs', () => {
    expect(product({ id: 'x', title: 't', imageUrl: 'https://example.com/a.jpg' }).imageUrl).toBe(
      'https://example.com/a.jpg',
    );
  });

  it('keeps attribute names and types, drops empty values, holds Icecat names to their type', () => {
    const p = product({
      id: 'x',
      title: 't',
      attributes: {
        attr_t_product_colour: ' Black ',
        attr_n_weight: 41.5,
        attr_b_rohs_compliance: true,
        keys: 79,
        empty: '',
        missing: null,
      },
    });
    expect(p.attributes).toEqual({
      attr_t_product_colour: 'Black',
      attr_n_weight: 41.5,
      attr_b_rohs_compliance: true,
      keys: 79,
    });
    expect(
      issues({ id: 'x', title: 't', attributes: { attr_n_weight: 'heavy', nested: { a: 1 } } }),
    ).toEqual([
      'attributes.attr_n_weight: must be a number (got "heavy")',
      'attributes.nested: must be text, a number or true/false (got {"a":1})',
    ]);
  });

  // One refused value in an otherwise valid row: named by its field, saying what is wanted and what
  // was given.
  it.each<[string, Partial<ProductDraft>]>([
    ['id: is required', { id: undefined }],
    ['title: is required', { title: '   ' }],
    ['title: must be text (got {"en":"object"})', { title: { en: 'object' } }],
    // Over the documented limits: refused instead of truncated.
    [
      'title: is 1,001 characters long; the limit is 1,000',
      { title: 't'.repeat(LIMITS.title + 1) },
    ],
    ['id: is 201 characters long; the limit is 200', { id: 'i'.repeat(201) }],
    [
      'availability: must be one of in_stock, out_of_stock, preorder, discontinued (got "maybe")',
      { availability: 'maybe' },
    ],
    ['price: must be a decimal number like 19.99 (got "abc")', { price: 'abc' }],
    ['price: must not be negative (got "-1")', { price: -1 }],
    ['priceMinor: must be a whole number of cents (got 12.5)', { priceMinor: 12.5 }],
    ['currency: must be an ISO 4217 code like USD (got "XYZ")', { currency: 'XYZ' }],
    ['gtins: has "12ab", which is not 8 to 14 digits', { gtins: ['12ab'] }],
    [
      'gtins: must list GTINs as text, since numbers lose leading zeros (got 95205603217)',
      { gtins: [95205603217] },
    ],
    ['releasedAt: is not a real date (got "2021-02-30")', { releasedAt: '2021-02-30' }],
    [
      'releasedAt: must be an ISO 8601 date like 2020-01-31 (got "01/02/2021")',
      { releasedAt: '01/02/2021' },
    ],
    [
      'imageUrl: must be an http(s) URL (got "javascript:alert(1)")',
      { imageUrl: 'javascript:alert(1)' },
    ],
    ['imageUrl: must be an absolute http(s) URL (got "/img/a.jpg")', { imageUrl: '/img/a.jpg' }],
    ['attributes: must be an object of name → value (got ["a"])', { attributes: ['a'] }],
  ])('refuses a row with one bad value: %s', (message, fields) => {
    expect(issues({ id: 'x', title: 't', ...fields })).toEqual([message]);
  });

  it('reports every failing field of a row, not only the first', () => {
    expect(issues({ title: '', availability: 'maybe' })).toEqual([
      'id: is required',
      'title: is required',
      'availability: must be one of in_stock, out_of_stock, preorder, discontinued (got "maybe")',
    ]);
  });
});
