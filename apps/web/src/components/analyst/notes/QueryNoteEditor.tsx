'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Problem, TextAreaField } from '~/components/ui';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';

/** Edits one query's note in a judgment set; saving an empty note removes it. */
export function QueryNoteEditor({
  store,
  setId,
  query,
  note,
}: {
  store: string;
  setId: number;
  query: string;
  /** The note as saved (undefined: none yet). */
  note: string | undefined;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(note ?? '');
  const save = useMutation(
    trpc.judgments.saveNote.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.judgments.notes.queryKey() }),
    }),
  );
  const changed = text.trim() !== (note ?? '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ store, setId, query, text });
      }}
    >
      <TextAreaField
        label={`Note on “${query}”`}
        labelNote="kept with the judgment set"
        value={text}
        rows={2}
        maxLength={2000}
        onChange={(e) => setText(e.target.value)}
      />
      <Button
        type="submit"
        size="small"
        variant="secondary"
        pending={save.isPending}
        pendingText="Saving…"
        disabled={!changed}
      >
        {text.trim() === '' && note ? 'Remove note' : 'Save note'}
      </Button>
      {save.isSuccess && !changed && <span role="status"> Saved.</span>}
      {save.error && (
        <Problem>The note was not saved: {toWorkbenchError(save.error).message}</Problem>
      )}
    </form>
  );
}
