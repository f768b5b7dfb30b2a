// A store's merchandising rules (see @shopsearch/search's rules/): listed, created, changed and
// deleted by merchants, each change recorded with who and when. Searches use a change at once in
// this process and within the settings cache's TTL in others; no re-index.
//
// What is refused is in ruleChecks.ts (nothing is saved then), as is more than 1,000 rules.
import type { Prisma, PrismaClient, StoreRule } from '@shopsearch/db';
import { RULE_LIMITS, toRule, type MerchandisingRule } from '@shopsearch/search';
import { checked, ruleRow, type RuleData, type RuleInput } from './ruleChecks.ts';
import { RuleNotFoundError, RuleRefusedError } from './ruleErrors.ts';

export { RuleNotFoundError, RuleRefusedError } from './ruleErrors.ts';
export type { RuleInput } from './ruleChecks.ts';

export interface RuleDeps {
  prisma: PrismaClient;
  storeChanged(storeId: number): void;
}

export interface RuleView extends MerchandisingRule {
  productTitle: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export async function listRules(
  { prisma }: Pick<RuleDeps, 'prisma'>,
  storeId: number,
): Promise<RuleView[]> {
  const rows = await prisma.storeRule.findMany({ where: { storeId }, orderBy: { id: 'asc' } });
  const products = await prisma.product.findMany({
    where: { storeId, id: { in: [...new Set(rows.flatMap((r) => r.productId ?? []))] } },
    select: { id: true, title: true },
  });
  const titles = new Map(products.map((p) => [p.id, p.title]));
  return rows.map((row) => ({
    ...toRule(row),
    productTitle: (row.productId && titles.get(row.productId)) ?? null,
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
    return tx.storeRule.create({ data: { storeId, ...ruleRow(data) } });
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
    tx.storeRule.update({ where: { id: ruleId }, data: ruleRow(data) }),
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

function sameApartFromEnabled(before: StoreRule, after: RuleData): boolean {
  const keys = ['query', 'match', 'action', 'productId', 'position', 'factor'] as const;
  const time = (d: Date | null) => d?.getTime() ?? null;
  return (
    keys.every((k) => before[k] === after[k]) &&
    JSON.stringify(before.filter) === JSON.stringify(after.filter) &&
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
    await recordRuleChange(tx, written, change, byEmail);
    return written;
  });
  deps.storeChanged(storeId);
  return rule;
}

export async function recordRuleChange(
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
