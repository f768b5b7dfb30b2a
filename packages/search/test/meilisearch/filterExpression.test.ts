// The filter builder, checked two ways: the exact text it emits, and what that text means once
// parsed by the double's parser (which follows Meilisearch's grammar), for values full of syntax.
import { describe, expect, it } from 'vitest';
import {
  filterExpression,
  formatNumber,
  quoteValue,
} from '../../src/retrievers/meilisearch/filterExpression.ts';
import { InvalidFilterError } from '../../src/retrievers/meilisearch/errors.ts';
import { FilterSyntaxError, parseFilter } from '@shopsearch/meilisearch-double';
import { BACKSLASH_BRAND, TRICKY_BRAND } from '../contract/fixtures.ts';

const TRICKY_VALUES = [
  TRICKY_BRAND,
  BACKSLASH_BRAND,
  'Logitech" OR brand = "Sony',
  'ends with a backslash \\',
  '\\"',
  '\\\\" OR "',
  "single ' quote",
  'AND',
  'NOT brand EXISTS',
  '1 TO 9',
  'x IN [a, b]',
  ')(][,',
  '',
  '  spaced  ',
  'line\nbreak\ttab',
  'Ünïcödé 価格 🦀',
];

describe('quoteValue', () => {
  it('double-quotes and escapes only backslash and double quote', () => {
    expect(quoteValue('Sony')).toBe('"Sony"');
    expect(quoteValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteValue('a\\b')).toBe('"a\\\\b"');
    expect(quoteValue('trailing\\')).toBe('"trailing\\\\"');
    expect(quoteValue("it's (NOT) [x]")).toBe('"it\'s (NOT) [x]"');
  });
});

describe('formatNumber', () => {
  it('writes finite numbers as bare words, large integers without an exponent', () => {
    expect(formatNumber(1999)).toBe('1999');
    expect(formatNumber(-5)).toBe('-5');
    expect(formatNumber(75.5)).toBe('75.5');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1e-7)).toBe('1e-7');
  });

  it('refuses NaN and infinities', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(() => formatNumber(bad)).toThrow(InvalidFilterError);
    }
  });
});

describe('filterExpression', () => {
  it('joins every typed filter with AND', () => {
    const expression = filterExpression({
      brands: ['Logitech', 'Sony'],
      availability: ['in_stock'],
      price: { min: 1000, max: 5000 },
      attributes: {
        attr_t_product_colour: { kind: 'text', anyOf: ['Black'] },
        attr_n_weight: { kind: 'numeric', range: { min: 50 } },
        attr_b_plug_and_play: { kind: 'boolean', value: false },
      },
    });
    expect(expression).toBe(
      [
        'brand IN ["Logitech", "Sony"]',
        'availability IN ["in_stock"]',
        'priceMinor >= 1000',
        'priceMinor <= 5000',
        'attributes.attr_t_product_colour IN ["Black"]',
        'attributeNumbers.attr_n_weight >= 50',
        'attributes.attr_b_plug_and_play = false',
      ].join(' AND '),
    );
  });

  it('leaves out the facet being counted, and is undefined when nothing filters', () => {
    const filters = { brands: ['HP'], price: { max: 100 } };
    expect(filterExpression(filters, 'brand')).toBe('priceMinor <= 100');
    expect(filterExpression(filters, 'price')).toBe('brand IN ["HP"]');
    expect(filterExpression({})).toBeUndefined();
    expect(filterExpression({ brands: [], availability: [], price: {} })).toBeUndefined();
  });

  it('keeps a numeric filter without bounds as "has a number for the attribute"', () => {
    const expression = filterExpression({
      attributes: { attr_n_weight: { kind: 'numeric', range: {} } },
    });
    expect(expression).toBe('attributeNumbers.attr_n_weight EXISTS');
  });

  it('refuses attribute names that are not plain identifiers', () => {
    const names = ['', 'colour OR brand', 'a.b', 'a"b', 'a b', 'attr)', 'ä', 'x\n'];
    for (const name of names) {
      const attempt = () =>
        filterExpression({ attributes: { [name]: { kind: 'boolean', value: true } } });
      expect(attempt).toThrow(InvalidFilterError);
      expect(attempt).toThrow(/is not allowed/);
    }
  });

  it('matches a value longer than the engine files on the key it filed it under', () => {
    const long = `"Quoted" ${'Ä'.repeat(300)}`;
    // Normalised: lower case, Ä as a + U+0308 (3 bytes); cut to 468 bytes.
    const key = `"quoted" ${'a\u0308'.repeat(153)}`;
    const expression = filterExpression({ brands: ['HP', long] })!;
    expect(expression).toBe(`(brand IN ["HP"] OR brand = ${quoteValue(key)})`);
    expect(parseFilter(expression)).toEqual({
      kind: 'or',
      children: [
        { kind: 'in', field: 'brand', values: ['HP'] },
        { kind: 'compare', field: 'brand', op: '=', value: key },
      ],
    });
    // A cut that ends on a space would be trimmed again: every key starting with the rest.
    const spaced = `${'b'.repeat(467)} ${'c'.repeat(10)}`;
    expect(filterExpression({ brands: [spaced] })).toBe(
      `(brand >= "${'b'.repeat(467)}" AND brand <= "${'b'.repeat(467)}\u{10FFFF}")`,
    );
  });

  it('refuses non-finite bounds', () => {
    expect(() => filterExpression({ price: { min: NaN } })).toThrow(InvalidFilterError);
  });
});

describe('filter expressions as the engine parses them', () => {
  it.each(TRICKY_VALUES)('keeps %j a single literal value', (value) => {
    expect(parseFilter(filterExpression({ brands: [value] })!)).toEqual({
      kind: 'in',
      field: 'brand',
      values: [value],
    });
  });

  it('gives a whole expression of tricky values exactly its intended meaning', () => {
    const expression = filterExpression({
      brands: TRICKY_VALUES,
      attributes: {
        attr_t_product_colour: { kind: 'text', anyOf: ['Red "ruby" \\ red', 'OR'] },
        attr_n_weight: { kind: 'numeric', range: { min: -1.5, max: 1e21 } },
      },
    })!;
    expect(parseFilter(expression)).toEqual({
      kind: 'and',
      children: [
        { kind: 'in', field: 'brand', values: TRICKY_VALUES },
        {
          kind: 'in',
          field: 'attributes.attr_t_product_colour',
          values: ['Red "ruby" \\ red', 'OR'],
        },
        { kind: 'compare', field: 'attributeNumbers.attr_n_weight', op: '>=', value: '-1.5' },
        {
          kind: 'compare',
          field: 'attributeNumbers.attr_n_weight',
          op: '<=',
          value: '1000000000000000000000',
        },
      ],
    });
  });

  it('round-trips pseudo-random strings of filter metacharacters', () => {
    const alphabet = ['"', '\\', "'", ' ', '(', ')', '[', ']', ',', '=', '!', 'AND', 'OR', 'a'];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n += 1) {
      const value = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      expect(parseFilter(filterExpression({ brands: [value] })!)).toEqual({
        kind: 'in',
        field: 'brand',
        values: [value],
      });
    }
  });

  it('would change meaning without escaping, which the parser shows', () => {
    // Naive quoting of the contract's tricky brand yields an OR of two conditions.
    expect(parseFilter(`brand = "${TRICKY_BRAND}"`)).toEqual({
      kind: 'or',
      children: [
        { kind: 'compare', field: 'brand', op: '=', value: 'Acme' },
        { kind: 'compare', field: 'brand', op: '=', value: 'Logitech' },
      ],
    });
  });

  it.each([
    'brand = "unterminated',
    'brand =',
    'brand IN ["a"',
    'AND brand = x',
    'brand = x OR',
    'brand ! x',
    'brand = "\\q"',
    '(brand = x',
    'brand = x y',
    'brand = AND',
  ])('rejects the malformed filter %j', (input) => {
    expect(() => parseFilter(input)).toThrow(FilterSyntaxError);
  });

  it('parses the operators the grammar defines', () => {
    expect(
      parseFilter('NOT a = 1 AND (b != "x" OR c 1 TO 2) OR d NOT IN [p, "q",] OR e NOT EXISTS'),
    ).toEqual({
      kind: 'or',
      children: [
        {
          kind: 'and',
          children: [
            { kind: 'not', child: { kind: 'compare', field: 'a', op: '=', value: '1' } },
            {
              kind: 'or',
              children: [
                { kind: 'compare', field: 'b', op: '!=', value: 'x' },
                { kind: 'range', field: 'c', from: '1', to: '2' },
              ],
            },
          ],
        },
        { kind: 'not', child: { kind: 'in', field: 'd', values: ['p', 'q'] } },
        { kind: 'not', child: { kind: 'exists', field: 'e' } },
      ],
    });
    expect(parseFilter('   ')).toBeNull();
  });
});
