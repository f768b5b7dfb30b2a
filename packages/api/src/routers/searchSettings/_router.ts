import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { ZSaveSynonymsInputSchema } from './saveSynonyms.schema.ts';
import { ZSynonymsInputSchema } from './synonyms.schema.ts';

const merchant = storeRoleProcedure('merchant');

export const searchSettingsRouter = createTRPCRouter({
  synonyms: merchant
    .input(ZSynonymsInputSchema)
    .query(async (opts) => (await import('./synonyms.handler.ts')).synonymsHandler(opts)),
  saveSynonyms: merchant
    .input(ZSaveSynonymsInputSchema)
    .mutation(async (opts) =>
      (await import('./saveSynonyms.handler.ts')).saveSynonymsHandler(opts),
    ),
});
