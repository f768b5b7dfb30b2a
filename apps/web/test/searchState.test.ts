import { describe, expect, it } from 'vitest';
import type { StoreInfo } from '../src/lib/storefront/apiTypes';
import { toSearchInput } from '../src/lib/storefront/searchInput';
import {
  EMPTY_SEARCH,
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../src/lib/storefront/searchState';

const store: StoreInfo = {
  slug: 'demo',
  name: 'Demo',
  currency: 'USD',
  facetAttributes: [
    { name: 'attr_t_colour', label: 'Colour', kind: 'text' },
    { name: 'attr_n_weight', label: 'Weight', kind: 'numeric' },
    { name: 'attr_b_rohs', label: 'Rohs', kind: 'boolean' },
  ],
};

const parse = (query: string) => parseSearchState(new URLSearchParams(query), store);

describe('search state in the URL', () => {
  it('round-trips every kind of filter, the sort and the page', () => {
    const state: SearchState = {
      q: 'wireless mouse',
      brands: ['HP', 'Logitech'],
      price: { min: 10, max: 49.5 },
      availability: ['in_stock'],
      attributes: {
        attr_t_colour: { kind: 'text', values: ['Black', 'Grey & Silver'] },
        attr_n_weight: { kind: 'numeric', range: { min: -5, max: undefined } },
        attr_b_rohs: { kind: 'boolean', value: true },
      },
      sort: 'price_asc',
      page: 3,
    };
    const query = serializeSearchState(state).toString();
    expect(query).toBe(
      'q=wireless+mouse&brand=HP&brand=Logitech&price=10..49.5&availability=in_stock' +
        '&f.attr_t_colour=Black&f.attr_t_colour=Grey+%26+Silver&f.attr_n_weight=-5..' +
        '&f.attr_b_rohs=yes&sort=price_asc&page=3',
    );
    expect(parse(query)).toEqual({ state, ignored: [] });
  });

  it('writes nothing for the empty search', () => {
    expect(serializeSearchState(EMPTY_SEARCH).toString()).toBe('');
  });

  it('leaves out tampered parts and names them, keeping the rest', () => {
    const { state, ignored } = parse(
      'q=mouse&page=-3&sort=cheapest&price=0..1e308&availability=free' +
        '&f.attr_t_nope=x&f.attr_n_weight={"min":&f.attr_b_rohs=maybe&brand=HP',
    );
    expect(state).toEqual({ ...EMPTY_SEARCH, q: 'mouse', brands: ['HP'] });
    expect(ignored).toEqual([
      'the price range',
      'an unknown availability',
      'a filter this store does not have (“attr_t_nope”)',
      'the “Weight” filter',
      'the “Rohs” filter',
      'the sort order',
      'the page number',
    ]);
  });

  it('refuses inverted or empty ranges and prototype names as sort orders', () => {
    expect(parse('price=50..10').state.price).toBeNull();
    expect(parse('price=..').state.price).toBeNull();
    expect(parse('sort=constructor').state.sort).toBe('relevance');
    expect(parse('availability=toString').state.availability).toEqual([]);
  });

  it('trims an over-long query and caps lists at the API limits', () => {
    const brands = Array.from({ length: 60 }, (_, i) => `brand=B${i}`).join('&');
    const { state, ignored } = parse(`q=${'a'.repeat(600)}&${brands}`);
    expect(state.q).toHaveLength(512);
    expect(state.brands).toHaveLength(50);
    expect(ignored).toHaveLength(2);
  });

  it('cuts an over-long query before an emoji rather than through it', () => {
    const emoji = '\u{1F600}';
    const { state } = parse(`q=${'a'.repeat(511)}${encodeURIComponent(emoji)}`);
    expect(state.q).toBe('a'.repeat(511));
    expect(parse(`q=${'a'.repeat(510)}${encodeURIComponent(emoji)}`).state.q).toHaveLength(512);
    const name = `attr_${'x'.repeat(34)}${emoji}`;
    expect(parse(`f.${encodeURIComponent(name)}=1`).ignored).toEqual([
      `a filter this store does not have (“attr_${'x'.repeat(34)}”)`,
    ]);
  });

  it('reads text with nothing visible in it as no query', () => {
    for (const q of ['%E2%80%8B', '+%E2%80%8C%E2%80%8D%EF%BB%BF+', '%E2%81%A0%00']) {
      expect(parse(`q=${q}&brand=HP`).state).toEqual({ ...EMPTY_SEARCH, brands: ['HP'] });
    }
    expect(serializeSearchState({ ...EMPTY_SEARCH, q: '\u200B ' }).toString()).toBe('');
    expect(parse('q=mo%E2%80%8Buse').state.q).toBe('mo\u200Buse');
  });

  it('reads NUL in the text as a space and drops NUL-holding values, which the API refuses', () => {
    const { state, ignored } = parse(
      'q=mouse%00keyboard&brand=HP&brand=A%00B&f.attr_t_colour=r%00ed',
    );
    expect(state.q).toBe('mouse keyboard');
    expect(state.brands).toEqual(['HP']);
    expect(state.attributes).toEqual({});
    expect(ignored).toEqual([
      'NUL characters in the search text',
      'an unusable value among the brands',
      'an unusable value among the “Colour” values',
      'the “Colour” filter',
    ]);
  });
});

describe('search input', () => {
  it('turns pages 0-based and prices into minor units', () => {
    const { state } = parse('q=mouse&price=10..49.99&page=2&f.attr_t_colour=Black');
    expect(toSearchInput(state, store)).toEqual({
      store: 'demo',
      q: 'mouse',
      filters: {
        price: { min: 1000, max: 4999 },
        attributes: { attr_t_colour: { kind: 'text', anyOf: ['Black'] } },
      },
      sort: 'relevance',
      page: 1,
      pageSize: 24,
    });
  });
});
