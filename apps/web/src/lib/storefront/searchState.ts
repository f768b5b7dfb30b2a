// A search as the shopper sees it, kept entirely in the URL so it can be shared and the back button
// restores it. Reading a URL never fails: parts that cannot be used (a tampered or stale link) are
// left out and named, so the page can say so instead of breaking.
//
//   ?q=wireless+mouse            the words
//   &brand=HP&brand=Logitech     brands, any of
//   &price=10..50                price range in the store currency's major units; `10..` or `..50`
//   &availability=in_stock       availability, any of
//   &f.attr_t_colour=Black       a text attribute, any of (repeat the parameter)
//   &f.attr_n_weight=..100       a numeric attribute range (bounds may be negative: `-10..40`)
//   &f.attr_b_rohs=yes           a yes/no attribute
//   &sort=price_asc              relevance (default, omitted) | price_asc | price_desc | newest
//   &page=2                      1-based; page 1 is omitted
import { isBlankSearchText, SEARCH_LIMITS } from '@shopsearch/search/limits';
import type { Availability, FacetAttribute, SortOrder, StoreInfo } from './apiTypes';
import { majorToMinor } from './money';
import { truncate } from './truncate';

export interface NumericBounds {
  min?: number | undefined;
  max?: number | undefined;
}

export type AttributeSelection =
  | { kind: 'text'; values: string[] }
  | { kind: 'numeric'; range: NumericBounds }
  | { kind: 'boolean'; value: boolean };

export interface SearchState {
  q: string;
  brands: string[];
  /** Major units of the store's currency, as typed. */
  price: NumericBounds | null;
  availability: Availability[];
  /** Keyed by facet attribute name. */
  attributes: Record<string, AttributeSelection>;
  sort: SortOrder;
  /** 1-based. */
  page: number;
}

export const AVAILABILITY_LABELS: Record<Availability, string> = {
  in_stock: 'In stock',
  preorder: 'Pre-order',
  out_of_stock: 'Out of stock',
  discontinued: 'Discontinued',
};

export function isAvailability(value: string): value is Availability {
  return Object.hasOwn(AVAILABILITY_LABELS, value);
}

export const SORT_LABELS: Record<SortOrder, string> = {
  relevance: 'Relevance',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  newest: 'Newest first',
};

/** The API's limits (search.query's schema); a link beyond them is trimmed, not refused. */
export const LIMITS = {
  queryLength: SEARCH_LIMITS.queryLength,
  listValues: SEARCH_LIMITS.listValues,
  // One length for every value a link carries: the shorter of brands' and attribute values'.
  valueLength: Math.min(SEARCH_LIMITS.brandLength, SEARCH_LIMITS.attributeValueLength),
  attributeFilters: SEARCH_LIMITS.attributeFilters,
  /** Pages are 1-based here, 0-based in the API. */
  lastPage: SEARCH_LIMITS.lastPage + 1,
  maxPriceMinor: SEARCH_LIMITS.priceMinor,
} as const;

export const ATTRIBUTE_PARAM_PREFIX = 'f.';

export const EMPTY_SEARCH: SearchState = {
  q: '',
  brands: [],
  price: null,
  availability: [],
  attributes: {},
  sort: 'relevance',
  page: 1,
};

export interface ParsedSearch {
  state: SearchState;
  /** Readable names of the parts of the link that were left out. */
  ignored: string[];
}

type Params = Pick<URLSearchParams, 'get' | 'getAll' | 'keys'>;

export function parseSearchState(params: Params, store: StoreInfo): ParsedSearch {
  const ignored: string[] = [];
  const state: SearchState = {
    ...EMPTY_SEARCH,
    q: readQuery(params, ignored),
    brands: readList(params.getAll('brand'), 'brands', ignored),
    price: readPrice(params.get('price'), store.currency, ignored),
    availability: readAvailability(params.getAll('availability'), ignored),
    attributes: readAttributes(params, store.facetAttributes, ignored),
    sort: readSort(params.get('sort'), ignored),
    page: readPage(params.get('page'), ignored),
  };
  return { state, ignored };
}

export function serializeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (!isBlankSearchText(state.q)) params.set('q', state.q.trim());
  for (const brand of state.brands) params.append('brand', brand);
  if (state.price && hasBounds(state.price)) params.set('price', formatBounds(state.price));
  for (const a of state.availability) params.append('availability', a);
  for (const [name, selection] of Object.entries(state.attributes)) {
    const key = ATTRIBUTE_PARAM_PREFIX + name;
    if (selection.kind === 'text') for (const v of selection.values) params.append(key, v);
    else if (selection.kind === 'numeric') params.set(key, formatBounds(selection.range));
    else params.set(key, selection.value ? 'yes' : 'no');
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

/** `?…` for a state, or '' for the empty search. */
export function searchQueryString(state: SearchState): string {
  const query = serializeSearchState(state).toString();
  return query ? `?${query}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return (
    state.brands.length > 0 ||
    state.price !== null ||
    state.availability.length > 0 ||
    Object.keys(state.attributes).length > 0
  );
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, brands: [], price: null, availability: [], attributes: {}, page: 1 };
}

export function hasBounds(bounds: NumericBounds): boolean {
  return bounds.min !== undefined || bounds.max !== undefined;
}

function formatBounds({ min, max }: NumericBounds): string {
  return `${min ?? ''}..${max ?? ''}`;
}

// READERS

// The API refuses text holding NUL (the database cannot store it): a link's values holding one are
// dropped, and in the search text it becomes a space, so the words either side stay apart.
const NUL = '\0';

function readQuery(params: Params, ignored: string[]): string {
  const given = params.get('q') ?? '';
  if (given.includes(NUL)) ignored.push('NUL characters in the search text');
  const q = given.replaceAll(NUL, ' ').trim();
  if (isBlankSearchText(q)) return '';
  if (q.length <= LIMITS.queryLength) return q;
  ignored.push('the end of a very long search text');
  return truncate(q, LIMITS.queryLength);
}

function readList(values: string[], what: string, ignored: string[]): string[] {
  const given = new Set(values.map((v) => v.trim()));
  const usable = [...given].filter(
    (v) => v.length > 0 && v.length <= LIMITS.valueLength && !v.includes(NUL),
  );
  if (usable.length < given.size) ignored.push(`an unusable value among the ${what}`);
  if (usable.length <= LIMITS.listValues) return usable;
  ignored.push(`some ${what} (at most ${LIMITS.listValues})`);
  return usable.slice(0, LIMITS.listValues);
}

function readBounds(text: string | null): NumericBounds | null | 'invalid' {
  if (text === null || text === '') return null;
  const match = /^\s*(-?[\d.]*)\s*\.\.\s*(-?[\d.]*)\s*$/.exec(text);
  if (!match) return 'invalid';
  const bound = (s: string) => (s === '' ? undefined : Number(s));
  const min = bound(match[1]!);
  const max = bound(match[2]!);
  const bad = (n: number | undefined) => n !== undefined && !Number.isFinite(n);
  if (bad(min) || bad(max) || (min === undefined && max === undefined)) return 'invalid';
  if (min !== undefined && max !== undefined && min > max) return 'invalid';
  return { min, max };
}

function readPrice(text: string | null, currency: string, ignored: string[]): NumericBounds | null {
  const bounds = readBounds(text);
  if (bounds === 'invalid') {
    ignored.push('the price range');
    return null;
  }
  if (!bounds) return null;
  // Negative or astronomically large prices cannot match anything a shop sells.
  const sane = (n: number | undefined) =>
    n === undefined || (n >= 0 && majorToMinor(n, currency) <= LIMITS.maxPriceMinor);
  if (!sane(bounds.min) || !sane(bounds.max)) {
    ignored.push('the price range');
    return null;
  }
  return bounds;
}

function readAvailability(values: string[], ignored: string[]): Availability[] {
  const known = values.filter(isAvailability);
  if (known.length < values.length) ignored.push('an unknown availability');
  return [...new Set(known)];
}

function readAttributes(
  params: Params,
  facets: FacetAttribute[],
  ignored: string[],
): Record<string, AttributeSelection> {
  const out: Record<string, AttributeSelection> = {};
  const names = new Set(
    [...params.keys()]
      .filter((k) => k.startsWith(ATTRIBUTE_PARAM_PREFIX))
      .map((k) => k.slice(ATTRIBUTE_PARAM_PREFIX.length)),
  );
  for (const name of names) {
    const facet = facets.find((f) => f.name === name);
    if (!facet) {
      ignored.push(`a filter this store does not have (“${truncate(name, 40)}”)`);
      continue;
    }
    if (Object.keys(out).length >= LIMITS.attributeFilters) {
      ignored.push(`the “${facet.label}” filter (too many filters)`);
      continue;
    }
    const selection = readAttribute(facet, params.getAll(ATTRIBUTE_PARAM_PREFIX + name), ignored);
    if (selection) out[name] = selection;
    else ignored.push(`the “${facet.label}” filter`);
  }
  return out;
}

function readAttribute(
  facet: FacetAttribute,
  values: string[],
  ignored: string[],
): AttributeSelection | null {
  switch (facet.kind) {
    case 'text': {
      const usable = readList(values, `“${facet.label}” values`, ignored);
      return usable.length ? { kind: 'text', values: usable } : null;
    }
    case 'numeric': {
      const range = values.length === 1 ? readBounds(values[0]!) : 'invalid';
      return range && range !== 'invalid' ? { kind: 'numeric', range } : null;
    }
    case 'boolean':
      return values.length === 1 && (values[0] === 'yes' || values[0] === 'no')
        ? { kind: 'boolean', value: values[0] === 'yes' }
        : null;
  }
}

function readSort(text: string | null, ignored: string[]): SortOrder {
  if (text === null) return 'relevance';
  if (Object.hasOwn(SORT_LABELS, text)) return text as SortOrder;
  ignored.push('the sort order');
  return 'relevance';
}

function readPage(text: string | null, ignored: string[]): number {
  if (text === null) return 1;
  const page = Number(text);
  if (Number.isInteger(page) && page >= 1 && page <= LIMITS.lastPage) return page;
  ignored.push('the page number');
  return 1;
}
