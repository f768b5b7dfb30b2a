'use client';
import { useState, type FormEvent } from 'react';
import { formatBytes } from '~/lib/admin/reindexProgress';
import { FormFooter, FormSection, InputField, Note } from '~/components/ui';
import { sendCatalogFile } from './sendCatalogFile';
import type { StagedUpload } from '~/lib/admin/uploadResponse';

const ACCEPT = '.csv,.jsonl,.ndjson,.json,.zip,text/csv,application/json,application/zip';

/** Step 1: pick a file and send it to staging. Nothing reaches the catalog yet. */
export function FileChooser({
  store,
  limitBytes,
  onUploaded,
}: {
  store: string;
  limitBytes: number;
  onUploaded: (upload: StagedUpload) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return setError('Choose a catalog file first.');
    // The server enforces the limit; saying so here spares sending a file that will be refused.
    if (file.size > limitBytes) {
      return setError(
        `${file.name} is ${formatBytes(file.size)}, larger than the upload limit of ${formatBytes(limitBytes)}.`,
      );
    }
    setError('');
    setSending(true);
    const outcome = await sendCatalogFile(store, file);
    setSending(false);
    if (outcome.ok) onUploaded(outcome.upload);
    else setError(outcome.message);
  };

  return (
    <FormSection title="1. Choose a file" onSubmit={onSubmit} noValidate>
      <InputField
        label="Catalog file"
        hint={`CSV, JSON Lines or Icecat JSON, plain or zipped; up to ${formatBytes(limitBytes)}.`}
        error={error || undefined}
        type="file"
        name="file"
        accept={ACCEPT}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setError('');
        }}
      />
      <FormFooter submit="Upload and preview" pending={sending} pendingText="Uploading…" />
      <Note>
        The preview checks every row and shows what would change; nothing is imported until you
        confirm.
      </Note>
    </FormSection>
  );
}
