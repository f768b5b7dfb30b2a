// A boost rule's filter as the form types it (brands split at commas, prices in major units, one
// text attribute) and as the rules table reads it back.
import { formatPrice, majorToMinor } from '../storefront/money';
import type { RuleInput } from './apiTypes';

type Filter = NonNullable<RuleInput['filter']>;

export interface BoostDraft {
  brands: string;
  priceFrom: string;
  priceTo: string;
  attribute: string;
  attributeValue: string;
  factor: string;
}

export const EMPTY_BOOST: BoostDraft = {
  brands: '',
  priceFrom: '',
  priceTo: '',
  attribute: '',
  attributeValue: '',
  factor: '2',
};

/** The filter the API checks; empty parts left out, so an empty draft is an empty filter. */
export function toBoostFilter(draft: BoostDraft, currency: string): Filter {
  const filter: Filter = {};
  const brands = draft.brands
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (brands.length) filter.brands = brands;
  const price = (text: string) =>
    text.trim() === '' ? undefined : majorToMinor(Number(text), currency);
  const min = price(draft.priceFrom);
  const max = price(draft.priceTo);
  if (min !== undefined || max !== undefined) filter.price = { min, max };
  const attribute = draft.attribute.trim();
  if (attribute)
    filter.attributes = { [attribute]: { kind: 'text', anyOf: [draft.attributeValue.trim()] } };
  return filter;
}

/** "brand Acme or Zeta, price $10.00–$50.00": what a stored boost moves. */
export function describeFilter(filter: Filter, currency: string): string {
  const parts: string[] = [];
  if (filter.brands?.length) parts.push(`brand ${filter.brands.join(' or ')}`);
  if (filter.price) {
    const { min, max } = filter.price;
    const p = (m: number | undefined) => (m === undefined ? '' : formatPrice(m, currency));
    parts.push(
      min !== undefined && max !== undefined
        ? `price ${p(min)}–${p(max)}`
        : min !== undefined
          ? `price from ${p(min)}`
          : `price up to ${p(max)}`,
    );
  }
  if (filter.availability?.length) parts.push(`availability ${filter.availability.join(' or ')}`);
  for (const [name, f] of Object.entries(filter.attributes ?? {})) {
    const value =
      f.kind === 'text'
        ? f.anyOf.join(' or ')
        : f.kind === 'boolean'
          ? String(f.value)
          : `${f.range.min ?? '…'}–${f.range.max ?? '…'}`;
    parts.push(`${name} ${value}`);
  }
  return parts.join(', ');
}

/** "Boost ×2" or "Bury ×0.5". */
export function boostLabel(factor: number): string {
  return `${factor < 1 ? 'Bury' : 'Boost'} ×${factor}`;
}
