// searchSettings.rules / createRule / updateRule / deleteRule: the store's merchandising rules
// (the platform's storeRules use cases); each change is recorded under the signed-in merchant.
// searchSettings.attributes: what a boost may filter on.
import {
  createRule,
  deleteRule,
  previewRule,
  rulesWithHistory,
  storeAttributes,
  updateRule,
} from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type {
  TCreateRuleInputSchema,
  TDeleteRuleInputSchema,
  TUpdateRuleInputSchema,
} from './rules.schema.ts';

export function rulesHandler({ ctx }: StoreCall) {
  return rulesWithHistory(ctx.services, ctx.store.id);
}

export function attributesHandler({ ctx }: StoreCall) {
  return storeAttributes(ctx.services, ctx.store.id);
}

export function previewRuleHandler({ ctx, input }: StoreCall<TCreateRuleInputSchema>) {
  return previewRule(ctx.services, ctx.store.id, input.rule);
}

export function createRuleHandler({ ctx, input }: StoreCall<TCreateRuleInputSchema>) {
  return createRule(ctx.services, ctx.store.id, input.rule, ctx.session.user.email);
}

export function updateRuleHandler({ ctx, input }: StoreCall<TUpdateRuleInputSchema>) {
  return updateRule(ctx.services, ctx.store.id, input.ruleId, input.rule, ctx.session.user.email);
}

export async function deleteRuleHandler({ ctx, input }: StoreCall<TDeleteRuleInputSchema>) {
  await deleteRule(ctx.services, ctx.store.id, input.ruleId, ctx.session.user.email);
  return { deleted: input.ruleId };
}
