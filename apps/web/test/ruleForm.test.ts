import { describe, expect, it } from 'vitest';
import { EMPTY_RULE, ruleDates, toRuleInput, withEnabled } from '../src/lib/admin/ruleForm';

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
      startsAt: null,
      endsAt: new Date('2027-01-01T00:00:00Z'),
      enabled: false,
    });
  });
});
