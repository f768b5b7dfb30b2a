'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { downloadText } from '~/components/analyst/downloadText';
import { adminErrorMessage } from '~/lib/admin/apiError';
import { useTRPC } from '~/trpc/react';
import {
  Actions,
  Button,
  Choice,
  Fieldset,
  FormSection,
  InputField,
  Note,
  Problem,
  Success,
} from '~/components/ui';

/** The API's limit on an imported file, checked here before it is read. */
const MAX_BYTES = 5_000_000;

/** The store's synonyms and rules as one JSON file: download it, or import one (replace or merge). */
export function SettingsFileSection({
  store,
  onImported,
}: {
  store: string;
  onImported: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const [exporting, setExporting] = useState(false);
  const importFile = useMutation(trpc.searchSettings.importSettings.mutationOptions());

  const download = async () => {
    setProblem('');
    setExporting(true);
    try {
      const data = await queryClient.fetchQuery(
        trpc.searchSettings.exportSettings.queryOptions({ store }, { staleTime: 0 }),
      );
      downloadText(
        `${store}-search-settings.json`,
        JSON.stringify(data, null, 2),
        'application/json',
      );
    } catch (error) {
      setProblem(adminErrorMessage(error));
    } finally {
      setExporting(false);
    }
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem('');
    setNotice('');
    if (!file) return setProblem('Choose a settings file to import.');
    if (file.size > MAX_BYTES) return setProblem('The file is too large (at most 5 MB).');
    importFile.mutate(
      { store, text: await file.text(), mode },
      {
        onSuccess: (r) => {
          setNotice(
            `Imported (${r.mode}): ${r.synonymLines} synonym lines, ${r.rulesAdded} rules added, ${r.rulesRemoved} removed.`,
          );
          onImported();
        },
        onError: (error) => setProblem(adminErrorMessage(error)),
      },
    );
  };

  return (
    <FormSection
      title="Settings file"
      headingId="settings-file-heading"
      onSubmit={(e) => void submit(e)}
    >
      <Note>
        Download this store’s synonyms and rules as JSON, or import such a file. Replace makes the
        store’s synonyms and rules the file’s; merge adds the file’s to them, leaving out those the
        store already has. A file with a bad entry is refused whole, naming the entry.
      </Note>
      <Actions>
        <Button
          type="button"
          variant="secondary"
          pending={exporting}
          pendingText="Preparing…"
          onClick={() => void download()}
        >
          Download settings
        </Button>
      </Actions>
      <InputField
        label="Settings file"
        labelNote="(JSON, at most 5 MB)"
        type="file"
        accept=".json,application/json"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <Fieldset legend="Import as">
        {(['replace', 'merge'] as const).map((m) => (
          <Choice
            key={m}
            type="radio"
            name="import-mode"
            label={
              m === 'replace' ? 'Replace the store’s settings' : 'Merge into the store’s settings'
            }
            checked={mode === m}
            onChange={() => setMode(m)}
          />
        ))}
      </Fieldset>
      <Actions>
        <Button type="submit" pending={importFile.isPending} pendingText="Importing…">
          Import settings
        </Button>
      </Actions>
      <Success>{notice}</Success>
      <Problem>{problem}</Problem>
    </FormSection>
  );
}
