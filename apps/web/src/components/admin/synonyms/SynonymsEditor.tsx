'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { adminErrorMessage } from '~/lib/admin/apiError';
import { synonymDraftLine, withDraftLine } from '~/lib/admin/synonymDraft';
import { useTRPC } from '~/trpc/react';
import { Actions, Button, FormSection, Muted, Note, Success, TextAreaField } from '~/components/ui';
import { LoadFailure } from '../LoadFailure';

/**
 * The store's synonyms, loaded, then edited as text. `?for=<query>` (from analytics' queries that
 * found nothing) appends a one-way line for that query, for the merchant to complete and save.
 */
export function SynonymsEditor({ store }: { store: string }) {
  const trpc = useTRPC();
  const saved = useQuery(trpc.searchSettings.synonyms.queryOptions({ store }));
  const draft = synonymDraftLine(useSearchParams().get('for') ?? '');
  if (saved.isError) return <LoadFailure title="The synonyms could not be loaded." query={saved} />;
  if (!saved.data) return <Muted>Loading the synonyms…</Muted>;
  return <SynonymsForm store={store} initial={saved.data.text} draft={draft} />;
}

/**
 * One line per group of synonyms. Saving replaces the list; the API refuses a bad list naming each
 * line, and nothing is saved. Searches use a saved list at once, with no re-index.
 */
function SynonymsForm({
  store,
  initial,
  draft,
}: {
  store: string;
  initial: string;
  draft: string | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const drafted = draft ? withDraftLine(initial, draft) : initial;
  // Null when the list already has a line for the query: nothing was added.
  const added = drafted === initial ? null : draft;
  const [text, setText] = useState(drafted);
  const [notice, setNotice] = useState('');
  // The draft line is completed at its end: the first focus puts the caret there, once.
  const caretPlaced = useRef(added === null);
  const placeCaret = (e: FocusEvent<HTMLTextAreaElement>) => {
    if (caretPlaced.current) return;
    caretPlaced.current = true;
    e.currentTarget.setSelectionRange(text.length, text.length);
  };
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
      {added && (
        <Note>
          The last line starts “{added.trim()}”: add what shoppers asking this should also find,
          then save.
        </Note>
      )}
      <TextAreaField
        label="Synonym lines"
        name="synonyms"
        rows={14}
        spellCheck={false}
        autoFocus={added !== null}
        onFocus={placeCaret}
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
