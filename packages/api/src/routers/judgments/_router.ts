import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import {
  ZGradesInputSchema,
  ZImportBundledInputSchema,
  ZImportCsvInputSchema,
  ZListSetsInputSchema,
  ZNotesInputSchema,
  ZRateInputSchema,
  ZSaveNoteInputSchema,
  ZSetInputSchema,
} from './judgments.schema.ts';

const analyst = storeRoleProcedure('analyst');
const sets = () => import('./sets.handler.ts');
const imports = () => import('./importCsv.handler.ts');
const notes = () => import('./notes.handler.ts');

export const judgmentsRouter = createTRPCRouter({
  listSets: analyst
    .input(ZListSetsInputSchema)
    .query(async (opts) => (await sets()).listSetsHandler(opts)),
  grades: analyst
    .input(ZGradesInputSchema)
    .query(async (opts) => (await sets()).gradesHandler(opts)),
  rate: analyst.input(ZRateInputSchema).mutation(async (opts) => (await sets()).rateHandler(opts)),
  export: analyst.input(ZSetInputSchema).query(async (opts) => (await sets()).exportHandler(opts)),
  notes: analyst.input(ZNotesInputSchema).query(async (opts) => (await notes()).notesHandler(opts)),
  saveNote: analyst
    .input(ZSaveNoteInputSchema)
    .mutation(async (opts) => (await notes()).saveNoteHandler(opts)),
  importCsv: analyst
    .input(ZImportCsvInputSchema)
    .mutation(async (opts) => (await imports()).importCsvHandler(opts)),
  importBundled: analyst
    .input(ZImportBundledInputSchema)
    .mutation(async (opts) => (await imports()).importBundledHandler(opts)),
});
