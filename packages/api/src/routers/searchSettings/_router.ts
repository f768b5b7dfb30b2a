import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import {
  ZCreateRuleInputSchema,
  ZDeleteRuleInputSchema,
  ZRulesInputSchema,
  ZUpdateRuleInputSchema,
} from './rules.schema.ts';
import { ZSaveSynonymsInputSchema } from './saveSynonyms.schema.ts';
import { ZExportSettingsInputSchema, ZImportSettingsInputSchema } from './settingsFile.schema.ts';
import { ZSynonymsInputSchema } from './synonyms.schema.ts';

const merchant = storeRoleProcedure('merchant');
const synonyms = lazyHandlers(() => import('./synonyms.handler.ts'));
const rules = lazyHandlers(() => import('./rules.handler.ts'));
const settingsFile = lazyHandlers(() => import('./settingsFile.handler.ts'));

export const searchSettingsRouter = createTRPCRouter({
  synonyms: merchant.input(ZSynonymsInputSchema).query(synonyms('synonymsHandler')),
  saveSynonyms: merchant.input(ZSaveSynonymsInputSchema).mutation(synonyms('saveSynonymsHandler')),
  rules: merchant.input(ZRulesInputSchema).query(rules('rulesHandler')),
  previewRule: merchant.input(ZCreateRuleInputSchema).query(rules('previewRuleHandler')),
  attributes: merchant.input(ZRulesInputSchema).query(rules('attributesHandler')),
  createRule: merchant.input(ZCreateRuleInputSchema).mutation(rules('createRuleHandler')),
  updateRule: merchant.input(ZUpdateRuleInputSchema).mutation(rules('updateRuleHandler')),
  deleteRule: merchant.input(ZDeleteRuleInputSchema).mutation(rules('deleteRuleHandler')),
  exportSettings: merchant
    .input(ZExportSettingsInputSchema)
    .query(settingsFile('exportSettingsHandler')),
  importSettings: merchant
    .input(ZImportSettingsInputSchema)
    .mutation(settingsFile('importSettingsHandler')),
});
