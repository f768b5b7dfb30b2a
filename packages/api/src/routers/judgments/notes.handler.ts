// judgments.notes / judgments.saveNote: analysts' notes per query, kept with the judgment set.
import { queryNotes, saveQueryNote, type StoreInfo } from '@shopsearch/platform';
import type { ApiContext } from '../../trpc.ts';
import type { TNotesInputSchema, TSaveNoteInputSchema } from './judgments.schema.ts';

type Ctx = ApiContext & { store: StoreInfo };

export async function notesHandler({ ctx, input }: { ctx: Ctx; input: TNotesInputSchema }) {
  return queryNotes(ctx.services, ctx.store.id, input.setId, input.queries);
}

export async function saveNoteHandler({ ctx, input }: { ctx: Ctx; input: TSaveNoteInputSchema }) {
  const text = await saveQueryNote(
    ctx.services,
    ctx.store.id,
    input.setId,
    input.query,
    input.text,
  );
  return { query: input.query, text };
}
