'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Actions, Button, FieldRow, FormSection, InputField, Problem } from '~/components/ui';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { SetNameField } from './SetNameField';
import { useAfterImport, type JudgmentImporterProps } from './useAfterImport';

/** The API's limit on an uploaded qrels file. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Imports a qrels CSV chosen on this computer: read here as text, parsed and checked by the API. */
export function ImportCsvForm({ store, onImported }: JudgmentImporterProps) {
  const trpc = useTRPC();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const afterImport = useAfterImport(onImported);
  const importCsv = useMutation(
    trpc.judgments.importCsv.mutationOptions({
      onSuccess: afterImport,
      onError: (error) => setProblem(toWorkbenchError(error).message),
    }),
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    if (!file) {
      setProblem('Choose a CSV file to import.');
    } else if (file.size > MAX_BYTES) {
      setProblem('The file is too large (at most 20 MB).');
    } else {
      importCsv.mutate({ store, name: name.trim(), csv: await file.text() });
    }
  };

  return (
    <FormSection
      title="Import a qrels CSV"
      headingId="import-csv-heading"
      onSubmit={(e) => void submit(e)}
    >
      <FieldRow alignEnd>
        <InputField
          label="File"
          labelNote="rows of query,docid,rating (0–3)"
          type="file"
          accept=".csv,text/csv,text/plain"
          required
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            if (chosen && !name.trim()) setName(chosen.name.replace(/\.[^.]+$/, ''));
          }}
        />
        <SetNameField
          label="Set name"
          labelNote="a set with this name is replaced"
          value={name}
          onChange={setName}
        />
      </FieldRow>
      <Actions>
        <Button type="submit" pending={importCsv.isPending} pendingText="Importing…">
          Import
        </Button>
        <Problem inline>{problem}</Problem>
      </Actions>
    </FormSection>
  );
}
