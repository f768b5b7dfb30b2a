// The filters in force, each as a readable label and the search without it (for removable chips).
import type { StoreInfo } from './apiTypes';
import { formatPrice, majorToMinor } from './money';
import {
  setAttribute,
  setPrice,
  toggleAttributeValue,
  toggleAvailability,
  toggleBrand,
} from './searchEdits';
import { AVAILABILITY_LABELS, type NumericBounds, type SearchState } from './searchState';

export interface ActiveFilter {
  key: string;
  label: string;
  without: SearchState;
}

export function formatRange({ min, max }: NumericBounds, format: (n: number) => string): string {
  if (min !== undefined && max !== undefined) return `${format(min)} – ${format(max)}`;
  return min !== undefined ? `${format(min)} or more` : `up to ${format(max!)}`;
}

export function activeFilters(state: SearchState, store: StoreInfo): ActiveFilter[] {
  const money = (major: number) => formatPrice(majorToMinor(major, store.currency), store.currency);
  const label = (name: string) => store.facetAttributes.find((a) => a.name === name)?.label ?? name;
  const chips: ActiveFilter[] = [
    ...state.brands.map((b) => ({ key: `brand:${b}`, label: b, without: toggleBrand(state, b) })),
    ...(state.price
      ? [
          {
            key: 'price',
            label: `Price: ${formatRange(state.price, money)}`,
            without: setPrice(state, null),
          },
        ]
      : []),
    ...state.availability.map((a) => ({
      key: `availability:${a}`,
      label: AVAILABILITY_LABELS[a],
      without: toggleAvailability(state, a),
    })),
  ];
  for (const [name, selection] of Object.entries(state.attributes)) {
    if (selection.kind === 'text') {
      for (const v of selection.values) {
        chips.push({
          key: `${name}:${v}`,
          label: `${label(name)}: ${v}`,
          without: toggleAttributeValue(state, name, v),
        });
      }
    } else {
      const value =
        selection.kind === 'numeric'
          ? formatRange(selection.range, String)
          : selection.value
            ? 'yes'
            : 'no';
      chips.push({
        key: name,
        label: `${label(name)}: ${value}`,
        without: setAttribute(state, name, null),
      });
    }
  }
  return chips;
}
