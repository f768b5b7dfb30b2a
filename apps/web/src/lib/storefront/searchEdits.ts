// Changes a shopper makes to a search. Every change of words, filters or sort starts again at
// page 1: the old page number means nothing in a different result list.
import type { Availability, SortOrder } from './apiTypes';
import type { AttributeSelection, NumericBounds, SearchState } from './searchState';
import { hasBounds } from './searchState';

function toggled<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function restart(state: SearchState, change: Partial<SearchState>): SearchState {
  return { ...state, ...change, page: 1 };
}

export function toggleBrand(state: SearchState, brand: string): SearchState {
  return restart(state, { brands: toggled(state.brands, brand) });
}

export function toggleAvailability(state: SearchState, value: Availability): SearchState {
  return restart(state, { availability: toggled(state.availability, value) });
}

export function setPrice(state: SearchState, price: NumericBounds | null): SearchState {
  return restart(state, { price: price && hasBounds(price) ? price : null });
}

export function setSort(state: SearchState, sort: SortOrder): SearchState {
  return restart(state, { sort });
}

export function setPage(state: SearchState, page: number): SearchState {
  return { ...state, page };
}

export function setAttribute(
  state: SearchState,
  name: string,
  selection: AttributeSelection | null,
): SearchState {
  const { [name]: _previous, ...others } = state.attributes;
  const empty =
    !selection ||
    (selection.kind === 'text' && selection.values.length === 0) ||
    (selection.kind === 'numeric' && !hasBounds(selection.range));
  return restart(state, { attributes: empty ? others : { ...others, [name]: selection } });
}

export function toggleAttributeValue(state: SearchState, name: string, value: string): SearchState {
  const current = state.attributes[name];
  const values = current?.kind === 'text' ? current.values : [];
  return setAttribute(state, name, { kind: 'text', values: toggled(values, value) });
}
