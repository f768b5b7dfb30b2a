// searchSettings.rules / createRule / updateRule / deleteRule: the store's merchandising rules
// (the platform's storeRules use cases); each change is recorded under the signed-in merchant.
import {
  createRule,
  deleteRule,
  previewRule,
  rulesWithHistory,
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

export function rulesHandler({ ctx }: { ctx: Ctx }) {
  return rulesWithHistory(ctx.services, ctx.store.id);
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
