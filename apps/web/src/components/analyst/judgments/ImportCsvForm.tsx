'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { JudgmentImport } from '~/lib/analyst/apiTypes';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import workbench from '../Workbench.module.css';
import { useAfterImport } from './useAfterImport';

/** The API's limit on an uploaded qrels file. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Imports a qrels CSV chosen on this computer: read here as text, parsed and checked by the API. */
export function ImportCsvForm({
  store,
  onImported,
}: {
  store: string;
  onImported: (result: JudgmentImport) => void;
}) {
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
    <form
      className={workbench.panel}
      onSubmit={(e) => void submit(e)}
      aria-labelledby="import-csv-heading"
    >
      <h2 id="import-csv-heading" className={workbench.sectionHeading}>
        Import a qrels CSV
      </h2>
      <div className={workbench.fields}>
        <label className={workbench.field}>
          <span>
            File <span className={workbench.hint}>rows of query,docid,rating (0–3)</span>
          </span>
          <input
            className={workbench.fileInput}
            type="file"
            accept=".csv,text/csv,text/plain"
            required
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen && !name.trim()) setName(chosen.name.replace(/\.[^.]+$/, ''));
            }}
          />
        </label>
        <label className={workbench.field}>
          <span>
            Set name <span className={workbench.hint}>a set with this name is replaced</span>
          </span>
          <input
            className={workbench.input}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
      </div>
      <div className={workbench.actions}>
        <button type="submit" className={workbench.button} disabled={importCsv.isPending}>
          {importCsv.isPending && <span className={workbench.spinner} aria-hidden="true" />}
          {importCsv.isPending ? 'Importing…' : 'Import'}
        </button>
        <p className={workbench.problem} role="alert">
          {problem}
        </p>
      </div>
    </form>
  );
}
