// A boost or bury rule's own checks: a factor within RULE_LIMITS other than 1, and a filter that
// narrows (an empty one would move the whole list) on fields and attributes the store has, checked
// as a shopper's filters are (search's validateStoreFilters) against every attribute of its catalog.
import type { PrismaClient } from '@shopsearch/db';
import {
  describeAttributes,
  hasFilters,
  InvalidFilterError,
  RULE_LIMITS,
  validateStoreFilters,
  ZSearchFilters,
  type SearchFilters,
} from '@shopsearch/search';
import { RuleRefusedError } from './ruleErrors.ts';

export interface BoostInput {
  factor?: number | null | undefined;
  filter?: SearchFilters | null | undefined;
}

export async function checkedBoost(
  prisma: PrismaClient,
  storeId: number,
  input: BoostInput,
): Promise<{ factor: number; filter: SearchFilters }> {
  const { factor } = input;
  if (
    typeof factor !== 'number' ||
    !Number.isFinite(factor) ||
    factor < RULE_LIMITS.minFactor ||
    factor > RULE_LIMITS.maxFactor
  )
    throw new RuleRefusedError(
      `A boost needs a factor from ${RULE_LIMITS.minFactor} to ${RULE_LIMITS.maxFactor} (above 1 boosts, below 1 buries).`,
    );
  if (factor === 1)
    throw new RuleRefusedError('A factor of 1 changes nothing: boost above 1, bury below.');
  const parsed = ZSearchFilters.safeParse(input.filter ?? {});
  if (!parsed.success)
    throw new RuleRefusedError(
      `The boost's filter is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'filter'}: ${i.message}`).join('; ')}.`,
    );
  const filter = parsed.data;
  if (!hasFilters(filter))
    throw new RuleRefusedError(
      'A boost needs a filter (a brand, a price range, an availability or an attribute); an empty one would move every product.',
    );
  try {
    validateStoreFilters(await describeAttributes(prisma, storeId), filter);
  } catch (error) {
    if (error instanceof InvalidFilterError)
      throw new RuleRefusedError(`The boost's filter: ${error.message}`);
    throw error;
  }
  return { factor, filter };
}
