import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import {
  ZCreateRuleInputSchema,
  ZDeleteRuleInputSchema,
  ZRulesInputSchema,
  ZUpdateRuleInputSchema,
} from './rules.schema.ts';
import { ZSaveSynonymsInputSchema } from './saveSynonyms.schema.ts';
import { ZSynonymsInputSchema } from './synonyms.schema.ts';

const merchant = storeRoleProcedure('merchant');
const rules = () => import('./rules.handler.ts');

export const searchSettingsRouter = createTRPCRouter({
  synonyms: merchant
    .input(ZSynonymsInputSchema)
    .query(async (opts) => (await import('./synonyms.handler.ts')).synonymsHandler(opts)),
  saveSynonyms: merchant
    .input(ZSaveSynonymsInputSchema)
    .mutation(async (opts) =>
      (await import('./saveSynonyms.handler.ts')).saveSynonymsHandler(opts),
    ),
  rules: merchant
    .input(ZRulesInputSchema)
    .query(async (opts) => (await rules()).rulesHandler(opts)),
  previewRule: merchant
    .input(ZCreateRuleInputSchema)
    .query(async (opts) => (await rules()).previewRuleHandler(opts)),
  createRule: merchant
    .input(ZCreateRuleInputSchema)
    .mutation(async (opts) => (await rules()).createRuleHandler(opts)),
  updateRule: merchant
    .input(ZUpdateRuleInputSchema)
    .mutation(async (opts) => (await rules()).updateRuleHandler(opts)),
  deleteRule: merchant
    .input(ZDeleteRuleInputSchema)
    .mutation(async (opts) => (await rules()).deleteRuleHandler(opts)),
});
