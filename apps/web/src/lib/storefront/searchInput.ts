// A shopper's search state → the search.query input: 1-based pages become 0-based, prices typed in
// major units become minor units.
import type { SearchFilters, SearchInput, StoreInfo } from './apiTypes';
import { majorToMinor } from './money';
import type { NumericBounds, SearchState } from './searchState';

export const PAGE_SIZE = 24;

export function toSearchFilters(state: SearchState, store: StoreInfo): SearchFilters {
  const filters: SearchFilters = {};
  if (state.brands.length) filters.brands = state.brands;
  if (state.availability.length) filters.availability = state.availability;
  if (state.price) filters.price = priceInMinorUnits(state.price, store.currency);
  const attributes: NonNullable<SearchFilters['attributes']> = {};
  for (const [name, selection] of Object.entries(state.attributes)) {
    attributes[name] =
      selection.kind === 'text'
        ? { kind: 'text', anyOf: selection.values }
        : selection.kind === 'numeric'
          ? { kind: 'numeric', range: selection.range }
          : selection;
  }
  if (Object.keys(attributes).length) filters.attributes = attributes;
  return filters;
}

export function toSearchInput(state: SearchState, store: StoreInfo): SearchInput {
  return {
    store: store.slug,
    q: state.q,
    filters: toSearchFilters(state, store),
    sort: state.sort,
    page: state.page - 1,
    pageSize: PAGE_SIZE,
  };
}

function priceInMinorUnits({ min, max }: NumericBounds, currency: string): NumericBounds {
  return {
    min: min === undefined ? undefined : majorToMinor(min, currency),
    max: max === undefined ? undefined : majorToMinor(max, currency),
  };
}
