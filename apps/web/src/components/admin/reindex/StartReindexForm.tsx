'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminErrorMessage, retryUnlessRefused } from '~/lib/admin/apiError';
import type { StartReindexInput } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import { AdminField } from '../AdminField';
import admin from '../Admin.module.css';
import styles from './StartReindexForm.module.css';

type Codec = NonNullable<StartReindexInput['codec']>;

/**
 * Starts a re-index: incremental (only products changed since the active version) or full, with
 * the active version's model and codec or others — which builds a new version beside it.
 */
export function StartReindexForm({
  store,
  pendingProducts,
  totalProducts,
  jobRunning,
  onStarted,
}: {
  store: string;
  pendingProducts: number | null;
  totalProducts: number | null;
  jobRunning: boolean;
  onStarted: () => void;
}) {
  const trpc = useTRPC();
  const options = useQuery({
    ...trpc.reindex.options.queryOptions({ store }),
    retry: retryUnlessRefused,
    staleTime: Infinity,
  });
  const [kind, setKind] = useState<'incremental' | 'full'>('incremental');
  const [model, setModel] = useState('');
  const [codec, setCodec] = useState('');
  const start = useMutation(trpc.reindex.start.mutationOptions({ onSuccess: onStarted }));

  const active = options.data?.active ?? null;
  const chosenModel = model || active?.model || options.data?.defaultModel || '';
  const codecs = options.data?.models.find((m) => m.name === chosenModel)?.codecs ?? [];
  const chosenCodec = codecs.includes(codec) ? codec : (active?.codec ?? codecs[0] ?? '');
  const newVersion =
    active !== null && (chosenModel !== active.model || chosenCodec !== active.codec);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start.mutate({
      store,
      kind,
      ...(chosenModel ? { model: chosenModel } : {}),
      ...(chosenCodec ? { codec: chosenCodec as Codec } : {}),
    });
  };

  return (
    <form className={admin.panel} onSubmit={onSubmit}>
      <h2 className={admin.sectionHeading}>Start a re-index</h2>
      {pendingProducts !== null && totalProducts !== null && (
        <p>
          <strong>{pendingProducts.toLocaleString('en-US')}</strong> of{' '}
          {totalProducts.toLocaleString('en-US')} products were added or changed since the active
          index was built.
        </p>
      )}
      <fieldset className={styles.kinds}>
        <legend className={styles.legend}>What to re-encode</legend>
        <label className={styles.choice}>
          <input
            type="radio"
            name="kind"
            value="incremental"
            checked={kind === 'incremental'}
            onChange={() => setKind('incremental')}
          />
          <span>
            Incremental <span className={admin.hint}>— only added and changed products</span>
          </span>
        </label>
        <label className={styles.choice}>
          <input
            type="radio"
            name="kind"
            value="full"
            checked={kind === 'full'}
            onChange={() => setKind('full')}
          />
          <span>
            Full <span className={admin.hint}>— every product</span>
          </span>
        </label>
      </fieldset>
      <div className={admin.fields}>
        <AdminField label="Model">
          {(control) => (
            <select
              {...control}
              className={admin.select}
              value={chosenModel}
              onChange={(e) => setModel(e.target.value)}
              disabled={!options.data}
            >
              {options.data?.models.map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name} ({m.kind}, {m.dim} dims)
                </option>
              ))}
            </select>
          )}
        </AdminField>
        <AdminField label="Codec">
          {(control) => (
            <select
              {...control}
              className={admin.select}
              value={chosenCodec}
              onChange={(e) => setCodec(e.target.value)}
              disabled={!options.data}
            >
              {codecs.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </AdminField>
      </div>
      <p className={admin.note}>
        {newVersion
          ? 'Another model or codec builds a new index version beside the active one; search keeps using the active version until the new one is complete.'
          : 'Search keeps using the active index until the re-index is complete.'}
      </p>
      <p className={admin.problem} role="alert">
        {start.isError ? adminErrorMessage(start.error) : ''}
        {options.isError ? adminErrorMessage(options.error) : ''}
      </p>
      <div className={admin.actions}>
        <button
          type="submit"
          className={admin.button}
          disabled={jobRunning || start.isPending || !options.data}
        >
          {start.isPending ? 'Starting…' : 'Start re-index'}
        </button>
        {jobRunning && <span className={admin.muted}>A re-index is running.</span>}
      </div>
    </form>
  );
}
