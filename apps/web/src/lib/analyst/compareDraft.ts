// The compare form's fields as typed (text for numbers and brand lists), and the comparison they
// describe once submitted. Typing never changes the URL; submitting does, all at once.
import type { Availability } from '../storefront/apiTypes';
import type { AttributeSelection } from '../storefront/searchState';
import type { Configuration } from './configuration';
import type { CompareState, Depth } from './compareState';

export interface CompareDraft {
  q: string;
  configurations: Configuration[];
  setId: number | null;
  depth: Depth;
  /** Comma-separated. */
  brands: string;
  priceMin: string;
  priceMax: string;
  availability: Availability[];
  /** Attribute filters come from a link (a pasted storefront URL); the form can only drop them. */
  attributes: Record<string, AttributeSelection>;
}

export function toDraft(state: CompareState): CompareDraft {
  const { filters } = state;
  return {
    q: state.q,
    configurations: state.configurations,
    setId: state.setId,
    depth: state.depth,
    brands: filters.brands.join(', '),
    priceMin: filters.price?.min === undefined ? '' : String(filters.price.min),
    priceMax: filters.price?.max === undefined ? '' : String(filters.price.max),
    availability: filters.availability,
    attributes: filters.attributes,
  };
}

export type DraftResult = { state: CompareState; problem: null } | { state: null; problem: string };

export function fromDraft(draft: CompareDraft): DraftResult {
  const min = readPrice(draft.priceMin);
  const max = readPrice(draft.priceMax);
  if (min === 'invalid' || max === 'invalid') {
    return { state: null, problem: 'Prices must be positive numbers.' };
  }
  if (min !== undefined && max !== undefined && min > max) {
    return { state: null, problem: 'The lowest price must not be above the highest.' };
  }
  const brands = [
    ...new Set(
      draft.brands
        .split(',')
        .map((b) => b.trim())
        .filter(Boolean),
    ),
  ];
  return {
    problem: null,
    state: {
      q: draft.q.trim(),
      configurations: draft.configurations,
      setId: draft.setId,
      depth: draft.depth,
      filters: {
        brands,
        price: min === undefined && max === undefined ? null : { min, max },
        availability: draft.availability,
        attributes: draft.attributes,
      },
    },
  };
}

function readPrice(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : 'invalid';
}
