import { describe, expect, it } from 'vitest';
import {
  attributeKindOf,
  boostLabel,
  describeFilter,
  EMPTY_BOOST,
  toBoostFilter,
} from '../src/lib/admin/boostFilter';
import {
  addRuleHref,
  EMPTY_RULE,
  ruleDates,
  toRuleInput,
  withEnabled,
} from '../src/lib/admin/ruleForm';
import { boostNote } from '../src/lib/storefront/boostNote';

describe('the rule form', () => {
  it('sends whole UTC days, the end day included, and a position only for pins', () => {
    const input = toRuleInput({
      ...EMPTY_RULE,
      query: ' laptop ',
      productId: ' e5 ',
      position: '3',
      startsOn: '2026-12-01',
      endsOn: '2026-12-07',
    });
    expect(input).toMatchObject({ productId: 'e5', position: 3 });
    expect(input.startsAt).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(input.endsAt).toEqual(new Date('2026-12-08T00:00:00Z'));
    expect(toRuleInput({ ...EMPTY_RULE, action: 'hide', position: '3' })).toMatchObject({
      position: null,
      startsAt: null,
      endsAt: null,
    });
  });

  it('reads dates back as the merchant typed them', () => {
    const rule = {
      startsAt: new Date('2026-12-01T00:00:00Z'),
      endsAt: new Date('2026-12-08T00:00:00Z'),
    };
    expect(ruleDates(rule)).toBe('from 1 Dec 2026 until 7 Dec 2026');
    expect(ruleDates({ startsAt: null, endsAt: null })).toBe('always');
  });

  it('switches a stored rule on or off without changing anything else', () => {
    const stored = {
      id: 4,
      query: 'laptop',
      match: 'contains' as const,
      action: { kind: 'pin' as const, productId: 'e5', position: 2 },
      enabled: true,
      startsAt: null,
      endsAt: new Date('2027-01-01T00:00:00Z'),
      productTitle: 'x',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(withEnabled(stored, false)).toEqual({
      query: 'laptop',
      match: 'contains',
      action: 'pin',
      productId: 'e5',
      position: 2,
      factor: null,
      filter: null,
      startsAt: null,
      endsAt: new Date('2027-01-01T00:00:00Z'),
      enabled: false,
    });
    const boost = { kind: 'boost' as const, factor: 3, filter: { brands: ['Acme'] } };
    expect(withEnabled({ ...stored, action: boost }, true)).toMatchObject({
      action: 'boost',
      productId: null,
      factor: 3,
      filter: { brands: ['Acme'] },
      enabled: true,
    });
  });
});

describe('a boost rule in the form', () => {
  it('sends a filter of the parts typed, prices in minor units, and no product', () => {
    const input = toRuleInput(
      {
        ...EMPTY_RULE,
        query: 'mouse',
        action: 'boost',
        productId: 'ignored',
        brands: ' Acme, , Zeta ',
        priceTo: '49.99',
        factor: '0.5',
      },
      'USD',
    );
    expect(input).toMatchObject({
      productId: null,
      position: null,
      factor: 0.5,
      filter: { brands: ['Acme', 'Zeta'], price: { max: 4999 } },
    });
    expect(toRuleInput({ ...EMPTY_RULE, action: 'boost' }).filter).toEqual({});
    expect(toRuleInput({ ...EMPTY_RULE, action: 'pin' })).toMatchObject({
      factor: null,
      filter: null,
    });
    expect(
      toBoostFilter({ ...EMPTY_BOOST, attribute: 'attr_t_colour', attributeValue: ' red ' }, 'JPY'),
    ).toEqual({ attributes: { attr_t_colour: { kind: 'text', anyOf: ['red'] } } });
  });

  it('filters on an attribute by its kind: text values, a number range, yes or no', () => {
    const listed = [{ name: 'size', kind: 'numeric' as const }];
    expect(
      ['size', 'attr_n_weight', 'attr_b_wifi', 'attr_t_colour', 'colour'].map((n) =>
        attributeKindOf(n, listed),
      ),
    ).toEqual(['numeric', 'numeric', 'boolean', 'text', 'text']);
    const boost = (draft: Partial<typeof EMPTY_BOOST>) =>
      toBoostFilter({ ...EMPTY_BOOST, ...draft }, 'USD').attributes;
    expect(boost({ attribute: ' attr_t_colour ', attributeValue: 'red, , blue ' })).toEqual({
      attr_t_colour: { kind: 'text', anyOf: ['red', 'blue'] },
    });
    expect(
      boost({
        attribute: 'attr_n_weight',
        attributeKind: 'numeric',
        attributeFrom: '0.5',
        attributeTo: '',
      }),
    ).toEqual({ attr_n_weight: { kind: 'numeric', range: { min: 0.5, max: undefined } } });
    expect(
      boost({ attribute: 'attr_b_wifi', attributeKind: 'boolean', attributeValue: 'false' }),
    ).toEqual({
      attr_b_wifi: { kind: 'boolean', value: false },
    });
    expect(boost({ attribute: 'attr_b_wifi', attributeKind: 'boolean' })).toEqual({
      attr_b_wifi: { kind: 'boolean', value: true },
    });
    expect(
      describeFilter({ attributes: { attr_b_wifi: { kind: 'boolean', value: false } } }, 'USD'),
    ).toBe('Wifi no');
  });

  it('reads a stored boost back in words', () => {
    expect(describeFilter({ brands: ['Acme'], price: { min: 1000, max: 5000 } }, 'USD')).toBe(
      'brand Acme, price $10.00–$50.00',
    );
    expect(describeFilter({ price: { max: 500 } }, 'EUR')).toBe('price up to €5.00');
    expect([boostLabel(2), boostLabel(0.5)]).toEqual(['Boost ×2', 'Bury ×0.5']);
    expect([
      boostNote(null),
      boostNote(3)?.includes('boosts'),
      boostNote(0.5)?.includes('down'),
    ]).toEqual([null, true, true]);
  });
});

describe('a rule from analytics', () => {
  it('links to the rules page with the query, unless no rule could hold it', () => {
    expect(addRuleHref('my shop', 'café & co')).toBe('/admin/my%20shop/rules?for=caf%C3%A9+%26+co');
    expect(addRuleHref('demo', '   ')).toBeNull();
    expect(addRuleHref('demo', 'x'.repeat(201))).toBeNull();
  });
});
