// searchSettings.rules / createRule / updateRule / deleteRule: the store's merchandising rules
// (the platform's storeRules use cases); each change is recorded under the signed-in merchant.
import {
  createRule,
  deleteRule,
  listRules,
  previewRule,
  ruleHistory,
  updateRule,
  type StoreInfo,
} from '@shopsearch/platform';
import type { SessionInfo } from '../../auth/sessions.ts';
import type { ApiContext } from '../../trpc.ts';
import type {
  TCreateRuleInputSchema,
  TDeleteRuleInputSchema,
  TUpdateRuleInputSchema,
} from './rules.schema.ts';

type Ctx = ApiContext & { store: StoreInfo; session: SessionInfo };

export async function rulesHandler({ ctx }: { ctx: Ctx }) {
  const [rules, history] = await Promise.all([
    listRules(ctx.services, ctx.store.id),
    ruleHistory(ctx.services, ctx.store.id),
  ]);
  return { rules, history };
}

export function previewRuleHandler({ ctx, input }: { ctx: Ctx; input: TCreateRuleInputSchema }) {
  return previewRule(ctx.services, ctx.store.id, input.rule);
}

export function createRuleHandler({ ctx, input }: { ctx: Ctx; input: TCreateRuleInputSchema }) {
  return createRule(ctx.services, ctx.store.id, input.rule, ctx.session.user.email);
}

export function updateRuleHandler({ ctx, input }: { ctx: Ctx; input: TUpdateRuleInputSchema }) {
  return updateRule(ctx.services, ctx.store.id, input.ruleId, input.rule, ctx.session.user.email);
}

export async function deleteRuleHandler({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: TDeleteRuleInputSchema;
}) {
  await deleteRule(ctx.services, ctx.store.id, input.ruleId, ctx.session.user.email);
  return { deleted: input.ruleId };
}
