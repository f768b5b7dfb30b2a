// Judgments from clicks: proposals from the store's interleaving experiments, and saving the ones
// an analyst kept as a new judgment set.
import { proposeJudgmentsFromClicks, saveClickJudgments } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type {
  TProposeFromClicksInputSchema,
  TSaveFromClicksInputSchema,
} from './judgments.schema.ts';

export function proposeFromClicksHandler({ ctx, input }: StoreCall<TProposeFromClicksInputSchema>) {
  return proposeJudgmentsFromClicks(ctx.services, ctx.store.id, {
    minImpressions: input.minImpressions,
  });
}

export function saveFromClicksHandler({ ctx, input }: StoreCall<TSaveFromClicksInputSchema>) {
  return saveClickJudgments(ctx.services, ctx.store.id, input.name, input.judgments);
}
