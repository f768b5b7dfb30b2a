// A boost rule's filter as the form types it (brands and text values split at commas, prices in
// major units, one attribute of its own kind) and as the rules table reads it back.
import { attributeKind, humanizeAttributeName } from '@shopsearch/catalog/browser';
import { formatPrice, majorToMinor } from '../storefront/money';
import type { RuleInput } from './apiTypes';

type Filter = NonNullable<RuleInput['filter']>;
type AttributeFilter = NonNullable<Filter['attributes']>[string];
export type AttributeKind = AttributeFilter['kind'];

export interface BoostDraft {
  brands: string;
  priceFrom: string;
  priceTo: string;
  attribute: string;
  attributeKind: AttributeKind;
  /** Text: values split at commas; yes/no: "true" or "false". */
  attributeValue: string;
  attributeFrom: string;
  attributeTo: string;
  factor: string;
}

export const EMPTY_BOOST: BoostDraft = {
  brands: '',
  priceFrom: '',
  priceTo: '',
  attribute: '',
  attributeKind: 'text',
  attributeValue: '',
  attributeFrom: '',
  attributeTo: '',
  factor: '2',
};

/** An attribute's kind: as the store lists it, else as its name declares (`attr_n_…` numeric). */
export function attributeKindOf(
  name: string,
  listed: readonly { name: string; kind: AttributeKind }[],
): AttributeKind {
  const bare = name.trim();
  return listed.find((a) => a.name === bare)?.kind ?? attributeKind(bare);
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
const optionalNumber = (text: string) => (text.trim() === '' ? undefined : Number(text));

function attributeFilter(draft: BoostDraft): AttributeFilter {
  switch (draft.attributeKind) {
    case 'numeric':
      return {
        kind: 'numeric',
        range: { min: optionalNumber(draft.attributeFrom), max: optionalNumber(draft.attributeTo) },
      };
    case 'boolean':
      return { kind: 'boolean', value: draft.attributeValue !== 'false' };
    case 'text':
      return { kind: 'text', anyOf: splitList(draft.attributeValue) };
  }
}

/** The filter the API checks; empty parts left out, so an empty draft is an empty filter. */
export function toBoostFilter(draft: BoostDraft, currency: string): Filter {
  const filter: Filter = {};
  const brands = splitList(draft.brands);
  if (brands.length) filter.brands = brands;
  const price = (text: string) => {
    const major = optionalNumber(text);
    return major === undefined ? undefined : majorToMinor(major, currency);
  };
  const min = price(draft.priceFrom);
  const max = price(draft.priceTo);
  if (min !== undefined || max !== undefined) filter.price = { min, max };
  const attribute = draft.attribute.trim();
  if (attribute) filter.attributes = { [attribute]: attributeFilter(draft) };
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
          ? f.value
            ? 'yes'
            : 'no'
          : `${f.range.min ?? '…'}–${f.range.max ?? '…'}`;
    parts.push(`${humanizeAttributeName(name)} ${value}`);
  }
  return parts.join(', ');
}

/** "Boost ×2" or "Bury ×0.5". */
export function boostLabel(factor: number): string {
  return `${factor < 1 ? 'Bury' : 'Boost'} ×${factor}`;
}
