// judgments.notes / judgments.saveNote: analysts' notes per query, kept with the judgment set.
import { queryNotes, saveQueryNote } from '@shopsearch/platform';
import type { StoreCall } from '../handlerCall.ts';
import type { TNotesInputSchema, TSaveNoteInputSchema } from './judgments.schema.ts';

export async function notesHandler({ ctx, input }: StoreCall<TNotesInputSchema>) {
  return queryNotes(ctx.services, ctx.store.id, input.setId, input.queries);
}

export async function saveNoteHandler({ ctx, input }: StoreCall<TSaveNoteInputSchema>) {
  const text = await saveQueryNote(
    ctx.services,
    ctx.store.id,
    input.setId,
    input.query,
    input.text,
  );
  return { query: input.query, text };
}
