import type { MerchandisingRule, RuleAction } from '../../src/rules/merchandisingRule.ts';

let nextId = 1;

/** A live exact rule for "laptop", each with a newer id than the last. */
export function rule(
  action: RuleAction,
  extra: Partial<MerchandisingRule> = {},
): MerchandisingRule {
  return {
    id: nextId++,
    query: 'laptop',
    match: 'exact',
    action,
    enabled: true,
    startsAt: null,
    endsAt: null,
    ...extra,
  };
}

export const ids = (l: { productId: string }[]) => l.map((c) => c.productId);
