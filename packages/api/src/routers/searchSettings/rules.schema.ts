import { z } from 'zod';
import { RULE_LIMITS, ZSearchFilters } from '@shopsearch/search';
import { ZRowId, ZStoreSlug } from '../shared.schema.ts';

const ZDate = z.coerce.date({ message: 'give dates as YYYY-MM-DD or a full timestamp' });

/** A rule as the admin's form sends it; the platform checks it against the store's others. */
export const ZRuleFields = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, 'name the query the rule applies to')
      .max(RULE_LIMITS.queryLength, `a query has at most ${RULE_LIMITS.queryLength} characters`),
    match: z.enum(['exact', 'contains']),
    action: z.enum(['pin', 'hide', 'boost']),
    /** Pins and hides; the platform refuses one without it. */
    productId: z.string().trim().min(1, 'name the product').max(200).nullish(),
    position: z
      .number()
      .int('a position is a whole number')
      .min(1, 'positions start at 1')
      .max(RULE_LIMITS.position, `pin at position ${RULE_LIMITS.position} at most`)
      .nullish(),
    /** Boosts: above 1 boosts, below 1 buries. */
    factor: z
      .number()
      .min(RULE_LIMITS.minFactor, `the factor is at least ${RULE_LIMITS.minFactor}`)
      .max(RULE_LIMITS.maxFactor, `the factor is at most ${RULE_LIMITS.maxFactor}`)
      .nullish(),
    /** Boosts: the products moved, as the storefront's filters; checked against the store. */
    filter: ZSearchFilters.nullish(),
    startsAt: ZDate.nullish(),
    endsAt: ZDate.nullish(),
    enabled: z.boolean().optional(),
  })
  .strict();

export const ZRulesInputSchema = z.object({ store: ZStoreSlug }).strict();
export const ZCreateRuleInputSchema = z.object({ store: ZStoreSlug, rule: ZRuleFields }).strict();
export const ZUpdateRuleInputSchema = z
  .object({ store: ZStoreSlug, ruleId: ZRowId, rule: ZRuleFields })
  .strict();
export const ZDeleteRuleInputSchema = z.object({ store: ZStoreSlug, ruleId: ZRowId }).strict();

export type TRulesInputSchema = z.infer<typeof ZRulesInputSchema>;
export type TCreateRuleInputSchema = z.infer<typeof ZCreateRuleInputSchema>;
export type TUpdateRuleInputSchema = z.infer<typeof ZUpdateRuleInputSchema>;
export type TDeleteRuleInputSchema = z.infer<typeof ZDeleteRuleInputSchema>;
