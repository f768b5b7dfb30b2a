'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  Choice,
  FieldRow,
  Fieldset,
  FormFooter,
  FormSection,
  Hint,
  Muted,
  Note,
  SelectField,
} from '~/components/ui';
import { retryUnlessRefused } from '~/lib/admin/apiError';
import type { StartReindexInput } from '~/lib/admin/apiTypes';
import { useTRPC } from '~/trpc/react';
import { messageOf } from '../formOutcome';

type Codec = NonNullable<StartReindexInput['codec']>;

const KINDS = [
  { kind: 'incremental', label: 'Incremental', scope: 'only added and changed products' },
  { kind: 'full', label: 'Full', scope: 'every product' },
] as const;

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
    <FormSection title="Start a re-index" onSubmit={onSubmit}>
      {pendingProducts !== null && totalProducts !== null && (
        <p>
          <strong>{pendingProducts.toLocaleString('en-US')}</strong> of{' '}
          {totalProducts.toLocaleString('en-US')} products were added or changed since the active
          index was built.
        </p>
      )}
      <Fieldset legend="What to re-encode">
        {KINDS.map((k) => (
          <Choice
            key={k.kind}
            type="radio"
            name="kind"
            value={k.kind}
            checked={kind === k.kind}
            onChange={() => setKind(k.kind)}
            label={
              <>
                {k.label} <Hint>— {k.scope}</Hint>
              </>
            }
          />
        ))}
      </Fieldset>
      <FieldRow>
        <SelectField
          label="Model"
          value={chosenModel}
          onChange={(e) => setModel(e.target.value)}
          disabled={!options.data}
        >
          {options.data?.models.map((m) => (
            <option key={m.name} value={m.name}>
              {m.name} ({m.kind}, {m.dim} dims)
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Codec"
          value={chosenCodec}
          onChange={(e) => setCodec(e.target.value)}
          disabled={!options.data}
        >
          {codecs.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </FieldRow>
      <Note>
        {newVersion
          ? 'Another model or codec builds a new index version beside the active one; search keeps using the active version until the new one is complete.'
          : 'Search keeps using the active index until the re-index is complete.'}
      </Note>
      <FormFooter
        problem={
          <>
            {messageOf(start.error)}
            {messageOf(options.error)}
          </>
        }
        submit="Start re-index"
        pending={start.isPending}
        pendingText="Starting…"
        disabled={jobRunning || !options.data}
      >
        {jobRunning && <Muted as="span">A re-index is running.</Muted>}
      </FormFooter>
    </FormSection>
  );
}
