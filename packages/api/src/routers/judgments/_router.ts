import { createTRPCRouter, storeRoleProcedure } from '../../trpc.ts';
import { lazyHandlers } from '../lazyHandlers.ts';
import {
  ZGradesInputSchema,
  ZImportBundledInputSchema,
  ZImportCsvInputSchema,
  ZListSetsInputSchema,
  ZNotesInputSchema,
  ZProposeFromClicksInputSchema,
  ZRateInputSchema,
  ZSaveFromClicksInputSchema,
  ZSaveNoteInputSchema,
  ZSetInputSchema,
} from './judgments.schema.ts';

const analyst = storeRoleProcedure('analyst');
const sets = lazyHandlers(() => import('./sets.handler.ts'));
const imports = lazyHandlers(() => import('./importCsv.handler.ts'));
const notes = lazyHandlers(() => import('./notes.handler.ts'));
const clicks = lazyHandlers(() => import('./clicks.handler.ts'));

export const judgmentsRouter = createTRPCRouter({
  listSets: analyst.input(ZListSetsInputSchema).query(sets('listSetsHandler')),
  grades: analyst.input(ZGradesInputSchema).query(sets('gradesHandler')),
  rate: analyst.input(ZRateInputSchema).mutation(sets('rateHandler')),
  export: analyst.input(ZSetInputSchema).query(sets('exportHandler')),
  notes: analyst.input(ZNotesInputSchema).query(notes('notesHandler')),
  saveNote: analyst.input(ZSaveNoteInputSchema).mutation(notes('saveNoteHandler')),
  importCsv: analyst.input(ZImportCsvInputSchema).mutation(imports('importCsvHandler')),
  importBundled: analyst.input(ZImportBundledInputSchema).mutation(imports('importBundledHandler')),
  proposeFromClicks: analyst
    .input(ZProposeFromClicksInputSchema)
    .query(clicks('proposeFromClicksHandler')),
  saveFromClicks: analyst
    .input(ZSaveFromClicksInputSchema)
    .mutation(clicks('saveFromClicksHandler')),
});
