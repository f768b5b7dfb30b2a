'use client';
import { useState, type FormEvent } from 'react';
import { formatBytes } from '~/lib/admin/reindexProgress';
import { AdminField } from '../AdminField';
import admin from '../Admin.module.css';
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
    <form className={admin.panel} onSubmit={onSubmit} noValidate>
      <h2 className={admin.sectionHeading}>1. Choose a file</h2>
      <AdminField
        label="Catalog file"
        hint={`CSV, JSON Lines or Icecat JSON, plain or zipped; up to ${formatBytes(limitBytes)}.`}
        error={error || undefined}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            className={admin.fileInput}
            name="file"
            accept={ACCEPT}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setError('');
            }}
          />
        )}
      </AdminField>
      <div className={admin.actions}>
        <button type="submit" className={admin.button} disabled={sending}>
          {sending && <span className={admin.spinner} aria-hidden="true" />}
          {sending ? 'Uploading…' : 'Upload and preview'}
        </button>
      </div>
      <p className={admin.note}>
        The preview checks every row and shows what would change; nothing is imported until you
        confirm.
      </p>
    </form>
  );
}
