'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminErrorMessage } from '~/lib/admin/apiError';
import { useTRPC } from '~/trpc/react';
import {
  Actions,
  Button,
  FailureNotice,
  FormSection,
  Muted,
  Note,
  Success,
  TextAreaField,
} from '~/components/ui';

/** The store's synonyms, loaded, then edited as text. */
export function SynonymsEditor({ store }: { store: string }) {
  const trpc = useTRPC();
  const saved = useQuery(trpc.searchSettings.synonyms.queryOptions({ store }));
  if (saved.isError)
    return (
      <FailureNotice
        title="The synonyms could not be loaded."
        message={adminErrorMessage(saved.error)}
        onRetry={() => void saved.refetch()}
      />
    );
  if (!saved.data) return <Muted>Loading the synonyms…</Muted>;
  return <SynonymsForm store={store} initial={saved.data.text} />;
}

/**
 * One line per group of synonyms. Saving replaces the list; the API refuses a bad list naming each
 * line, and nothing is saved. Searches use a saved list at once, with no re-index.
 */
function SynonymsForm({ store, initial }: { store: string; initial: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(initial);
  const [notice, setNotice] = useState('');
  const save = useMutation(
    trpc.searchSettings.saveSynonyms.mutationOptions({
      onSuccess: (result) => {
        setText(result.text);
        const lines = `${result.lines.toLocaleString('en-US')} ${result.lines === 1 ? 'line' : 'lines'}`;
        setNotice(`Saved ${lines}. Searches use them now.`);
        void queryClient.invalidateQueries(trpc.searchSettings.synonyms.queryFilter({ store }));
      },
    }),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice('');
    save.mutate({ store, text });
  };
  return (
    <FormSection title="Synonyms" onSubmit={onSubmit} noValidate>
      <Note>
        One group per line. <code>laptop, notebook</code>: each word also finds the others.{' '}
        <code>tv → television</code> (or <code>-&gt;</code>): “tv” also finds “television”, not the
        reverse. Lines starting with <code>#</code> are notes. At most 10,000 lines, terms of 1 to
        100 characters.
      </Note>
      <TextAreaField
        label="Synonym lines"
        name="synonyms"
        rows={14}
        spellCheck={false}
        value={text}
        error={save.isError ? adminErrorMessage(save.error) : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <Success>{notice}</Success>
      <Actions>
        <Button type="submit" pending={save.isPending} pendingText="Saving…">
          Save synonyms
        </Button>
      </Actions>
    </FormSection>
  );
}
