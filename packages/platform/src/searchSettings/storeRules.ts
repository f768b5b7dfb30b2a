// A store's merchandising rules (see @shopsearch/search's rules/): listed, created, changed and
// deleted by merchants, each change recorded with who and when. Searches use a change at once in
// this process and within the settings cache's TTL in others; no re-index.
//
// Refused, with a sentence saying why (nothing saved): a product not in this store, a query that
// is empty or too long, a position outside 1–50, an end not after the start, more than 1,000
// rules, and rules that contradict a live one for the same query and match where their dates
// overlap: the same product pinned twice, two products pinned at one position, a product both
// pinned and hidden. Overlaps between exact and "contains" rules are resolved by search's
// documented precedence instead (exact first, then the oldest).
import type { Prisma, PrismaClient, StoreRule } from '@shopsearch/db';
import { normalizeTerm, RULE_LIMITS, toRule, type MerchandisingRule } from '@shopsearch/search';
import { fixedMessage, namedError } from '../errors.ts';

export interface RuleDeps {
  prisma: PrismaClient;
  storeChanged(storeId: number): void;
}

export interface RuleInput {
  query: string;
  match: 'exact' | 'contains';
  action: 'pin' | 'hide';
  productId: string;
  /** 1-based; pins only. */
  position?: number | null | undefined;
  startsAt?: Date | null | undefined;
  endsAt?: Date | null | undefined;
  enabled?: boolean | undefined;
}

export interface RuleView extends MerchandisingRule {
  productTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export class RuleRefusedError extends namedError('RuleRefusedError') {}

export class RuleNotFoundError extends fixedMessage('RuleNotFoundError') {}

export async function listRules(
  { prisma }: Pick<RuleDeps, 'prisma'>,
  storeId: number,
): Promise<RuleView[]> {
  const rows = await prisma.storeRule.findMany({ where: { storeId }, orderBy: { id: 'asc' } });
  const products = await prisma.product.findMany({
    where: { storeId, id: { in: [...new Set(rows.map((r) => r.productId))] } },
    select: { id: true, title: true },
  });
  const titles = new Map(products.map((p) => [p.id, p.title]));
  return rows.map((row) => ({
    ...toRule(row),
    productTitle: titles.get(row.productId) ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

export async function ruleHistory(
  { prisma }: Pick<RuleDeps, 'prisma'>,
  storeId: number,
  limit = 100,
) {
  return prisma.storeRuleChange.findMany({
    where: { storeId },
    orderBy: { id: 'desc' },
    take: limit,
    select: { id: true, ruleId: true, change: true, byEmail: true, at: true, rule: true },
  });
}

/** What the admin's rules page shows: the rules and their latest changes. */
export async function rulesWithHistory(deps: Pick<RuleDeps, 'prisma'>, storeId: number) {
  const [rules, history] = await Promise.all([
    listRules(deps, storeId),
    ruleHistory(deps, storeId),
  ]);
  return { rules, history };
}

export async function createRule(
  deps: RuleDeps,
  storeId: number,
  input: RuleInput,
  byEmail: string,
): Promise<MerchandisingRule> {
  const data = await checked(deps.prisma, storeId, input, null);
  const row = await changed(deps, storeId, 'created', byEmail, async (tx) => {
    if ((await tx.storeRule.count({ where: { storeId } })) >= RULE_LIMITS.rules)
      throw new RuleRefusedError(
        `A store has at most ${RULE_LIMITS.rules.toLocaleString('en-US')} rules; delete some first.`,
      );
    return tx.storeRule.create({ data: { storeId, ...data } });
  });
  return toRule(row);
}

export async function updateRule(
  deps: RuleDeps,
  storeId: number,
  ruleId: number,
  input: RuleInput,
  byEmail: string,
): Promise<MerchandisingRule> {
  const before = await find(deps.prisma, storeId, ruleId);
  const data = await checked(deps.prisma, storeId, input, ruleId);
  const change =
    data.enabled !== before.enabled && sameApartFromEnabled(before, data)
      ? data.enabled
        ? 'enabled'
        : 'disabled'
      : 'updated';
  const row = await changed(deps, storeId, change, byEmail, (tx) =>
    tx.storeRule.update({ where: { id: ruleId }, data }),
  );
  return toRule(row);
}

export async function deleteRule(
  deps: RuleDeps,
  storeId: number,
  ruleId: number,
  byEmail: string,
): Promise<void> {
  await find(deps.prisma, storeId, ruleId);
  await changed(deps, storeId, 'deleted', byEmail, (tx) =>
    tx.storeRule.delete({ where: { id: ruleId } }),
  );
}

async function find(prisma: PrismaClient, storeId: number, ruleId: number): Promise<StoreRule> {
  const rule = await prisma.storeRule.findFirst({ where: { id: ruleId, storeId } });
  if (!rule) throw new RuleNotFoundError();
  return rule;
}

export type RuleData = Omit<StoreRule, 'id' | 'storeId' | 'createdAt' | 'updatedAt'>;

/** The row to write for `input`, or a refusal saying what is wrong. */
export async function checked(
  prisma: PrismaClient,
  storeId: number,
  input: RuleInput,
  ruleId: number | null,
): Promise<RuleData> {
  const query = normalizeTerm(input.query);
  if (!query) throw new RuleRefusedError('A rule needs the query it applies to.');
  if (query.length > RULE_LIMITS.queryLength)
    throw new RuleRefusedError(`A rule's query has at most ${RULE_LIMITS.queryLength} characters.`);
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
  const startsAt = input.startsAt ?? null;
  const endsAt = input.endsAt ?? null;
  if (startsAt && endsAt && endsAt <= startsAt)
    throw new RuleRefusedError('A rule must end after it starts.');
  const product = await prisma.product.findUnique({
    where: { storeId_id: { storeId, id: input.productId } },
    select: { id: true },
  });
  if (!product)
    throw new RuleRefusedError(`There is no product “${input.productId}” in this store.`);
  const data: RuleData = {
    query,
    match: input.match,
    action: input.action,
    productId: input.productId,
    position,
    enabled: input.enabled ?? true,
    startsAt,
    endsAt,
  };
  if (data.enabled) await refuseContradictions(prisma, storeId, data, ruleId);
  return data;
}

async function refuseContradictions(
  prisma: PrismaClient,
  storeId: number,
  data: RuleData,
  ruleId: number | null,
): Promise<void> {
  const others = await prisma.storeRule.findMany({
    where: {
      storeId,
      query: data.query,
      match: data.match,
      enabled: true,
      ...(ruleId === null ? {} : { id: { not: ruleId } }),
    },
  });
  for (const other of others.filter((o) => overlaps(o, data))) {
    const same = other.productId === data.productId;
    if (same && other.action !== data.action)
      throw new RuleRefusedError(
        `Rule ${other.id} ${other.action === 'pin' ? 'pins' : 'hides'} product “${data.productId}” for this query; a product cannot be both pinned and hidden.`,
      );
    if (same && data.action === 'pin')
      throw new RuleRefusedError(
        `Rule ${other.id} already pins product “${data.productId}” for this query.`,
      );
    if (data.action === 'pin' && other.action === 'pin' && other.position === data.position)
      throw new RuleRefusedError(
        `Rule ${other.id} already pins product “${other.productId}” at position ${data.position} for this query.`,
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

function sameApartFromEnabled(before: StoreRule, after: RuleData): boolean {
  const keys = ['query', 'match', 'action', 'productId', 'position'] as const;
  const time = (d: Date | null) => d?.getTime() ?? null;
  return (
    keys.every((k) => before[k] === after[k]) &&
    time(before.startsAt) === time(after.startsAt) &&
    time(before.endsAt) === time(after.endsAt)
  );
}

/**
 * One change to a rule and its history row, in one transaction (for a deletion, the row as it
 * stood); then this process's searches forget the store's cached rules.
 */
async function changed(
  deps: RuleDeps,
  storeId: number,
  change: string,
  byEmail: string,
  write: (tx: Prisma.TransactionClient) => Promise<StoreRule>,
): Promise<StoreRule> {
  const rule = await deps.prisma.$transaction(async (tx) => {
    const written = await write(tx);
    await record(tx, written, change, byEmail);
    return written;
  });
  deps.storeChanged(storeId);
  return rule;
}

async function record(
  tx: Prisma.TransactionClient,
  rule: StoreRule,
  change: string,
  byEmail: string,
): Promise<void> {
  await tx.storeRuleChange.create({
    data: {
      storeId: rule.storeId,
      ruleId: rule.id,
      change,
      byEmail,
      rule: { ...toRule(rule), startsAt: rule.startsAt, endsAt: rule.endsAt } as object,
    },
  });
}
