// A rule as it will be stored, or a refusal saying why (nothing saved): a query that is empty or
// too long, an end not after the start; for a pin or hide, a product not in this store or a
// position outside 1–50; for a boost, a bad factor or filter (boostRule.ts); and rules that
// contradict a live one for the same query and match where their dates overlap: the same product
// pinned twice, two products pinned at one position, a product both pinned and hidden. Overlaps
// between exact and "contains" rules, and boosts meeting pins or hides, are resolved by search's
// documented precedence instead (exact first, then the oldest; hides, then boosts, then pins).
import { Prisma, type PrismaClient, type StoreRule } from '@shopsearch/db';
import { normalizeTerm, RULE_LIMITS, type SearchFilters } from '@shopsearch/search';
import { checkedBoost, type BoostInput } from './boostRule.ts';
import { RuleRefusedError } from './ruleErrors.ts';

export interface RuleInput extends BoostInput {
  query: string;
  match: 'exact' | 'contains';
  action: 'pin' | 'hide' | 'boost';
  /** Pins and hides only. */
  productId?: string | null | undefined;
  /** 1-based; pins only. */
  position?: number | null | undefined;
  startsAt?: Date | null | undefined;
  endsAt?: Date | null | undefined;
  enabled?: boolean | undefined;
}

export type RuleData = Omit<StoreRule, 'id' | 'storeId' | 'createdAt' | 'updatedAt' | 'filter'> & {
  filter: SearchFilters | null;
};

/** The columns Prisma writes for `data` (a JSON null is spelled out). */
export function ruleRow(data: RuleData) {
  return { ...data, filter: data.filter === null ? Prisma.DbNull : (data.filter as object) };
}

/** A rule a new one may contradict; `label` names it in a refusal (default "Rule <id>"). */
export type OtherRule = Pick<
  StoreRule,
  'id' | 'query' | 'match' | 'action' | 'productId' | 'position' | 'enabled' | 'startsAt' | 'endsAt'
> & { label?: string };

/**
 * The row to write for `input`, or a refusal saying what is wrong. Contradictions are looked for
 * among the store's saved rules, or among `others` when given (an import's rules).
 */
export async function checked(
  prisma: PrismaClient,
  storeId: number,
  input: RuleInput,
  ruleId: number | null,
  others?: readonly OtherRule[],
): Promise<RuleData> {
  const query = normalizeTerm(input.query);
  if (!query) throw new RuleRefusedError('A rule needs the query it applies to.');
  if (query.length > RULE_LIMITS.queryLength)
    throw new RuleRefusedError(`A rule's query has at most ${RULE_LIMITS.queryLength} characters.`);
  const startsAt = input.startsAt ?? null;
  const endsAt = input.endsAt ?? null;
  if (startsAt && endsAt && endsAt <= startsAt)
    throw new RuleRefusedError('A rule must end after it starts.');
  const when = { query, match: input.match, enabled: input.enabled ?? true, startsAt, endsAt };
  if (input.action === 'boost') {
    const boost = await checkedBoost(prisma, storeId, input);
    return { ...when, action: 'boost', productId: null, position: null, ...boost };
  }
  const position = input.action === 'pin' ? (input.position ?? null) : null;
  if (
    input.action === 'pin' &&
    (position === null ||
      !Number.isInteger(position) ||
      position < 1 ||
      position > RULE_LIMITS.position)
  )
    throw new RuleRefusedError(
      `A pinned product needs a position from 1 to ${RULE_LIMITS.position}.`,
    );
  const productId = input.productId?.trim() ?? '';
  if (!productId)
    throw new RuleRefusedError(`A rule that ${input.action}s needs the product's id.`);
  const product = await prisma.product.findUnique({
    where: { storeId_id: { storeId, id: productId } },
    select: { id: true },
  });
  if (!product) throw new RuleRefusedError(`There is no product “${productId}” in this store.`);
  const data: RuleData = {
    ...when,
    action: input.action,
    productId,
    position,
    factor: null,
    filter: null,
  };
  if (data.enabled)
    refuseContradictions(data, others ?? (await savedOthers(prisma, storeId, data, ruleId)));
  return data;
}

function savedOthers(prisma: PrismaClient, storeId: number, data: RuleData, ruleId: number | null) {
  return prisma.storeRule.findMany({
    where: {
      storeId,
      query: data.query,
      match: data.match,
      enabled: true,
      ...(ruleId === null ? {} : { id: { not: ruleId } }),
    },
  });
}

function refuseContradictions(data: RuleData, others: readonly OtherRule[]): void {
  const rivals = others.filter(
    (o) => o.enabled && o.query === data.query && o.match === data.match && overlaps(o, data),
  );
  for (const other of rivals) {
    const name = other.label ?? `Rule ${other.id}`;
    const same = other.productId === data.productId;
    if (same && other.action !== data.action)
      throw new RuleRefusedError(
        `${name} ${other.action === 'pin' ? 'pins' : 'hides'} product “${data.productId}” for this query; a product cannot be both pinned and hidden.`,
      );
    if (same && data.action === 'pin')
      throw new RuleRefusedError(
        `${name} already pins product “${data.productId}” for this query.`,
      );
    if (data.action === 'pin' && other.action === 'pin' && other.position === data.position)
      throw new RuleRefusedError(
        `${name} already pins product “${other.productId}” at position ${data.position} for this query.`,
      );
  }
}

/** Whether two rules' date ranges share a moment (open ends run forever). */
function overlaps(
  a: Pick<StoreRule, 'startsAt' | 'endsAt'>,
  b: Pick<StoreRule, 'startsAt' | 'endsAt'>,
): boolean {
  const start = (d: Date | null) => d?.getTime() ?? -Infinity;
  const end = (d: Date | null) => d?.getTime() ?? Infinity;
  return start(a.startsAt) < end(b.endsAt) && start(b.startsAt) < end(a.endsAt);
}
