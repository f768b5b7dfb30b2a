'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Actions, Button, FieldRow, FormSection, InputField, Problem } from '~/components/ui';
import {
  configuration,
  toSearchConfiguration,
  type Configuration,
} from '~/lib/analyst/configuration';
import { runHref } from '~/lib/analyst/routes';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { ConfigurationFields } from '../ConfigurationFields';
import { JudgmentSetSelect } from '../JudgmentSetSelect';
import styles from './EvaluationLauncher.module.css';
import { RunProgress } from './RunProgress';

/** The API evaluates at most this many configurations in one run. */
const MAX_CONFIGURATIONS = 4;

const INITIAL: Configuration[] = [
  configuration('lexical'),
  configuration('colbert'),
  configuration('hybrid'),
];

/** Picks a judgment set and configurations, runs them, and opens the saved run. */
export function EvaluationLauncher({ store }: { store: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const sets = useQuery(trpc.judgments.listSets.queryOptions({ store }));
  const versions = useQuery(trpc.compare.versions.queryOptions({ store }));
  const [setId, setSetId] = useState<number | null>(null);
  const [configurations, setConfigurations] = useState(INITIAL);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const run = useMutation(
    trpc.evaluation.run.mutationOptions({
      onSuccess: (saved) => {
        void queryClient.invalidateQueries({ queryKey: trpc.evaluation.list.queryKey() });
        router.push(runHref(store, saved.id));
      },
      onError: (error) => setProblem(toWorkbenchError(error).message),
    }),
  );
  const chosenSet = setId ?? sets.data?.[0]?.id ?? null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    if (chosenSet === null) {
      setProblem('Import or choose a judgment set first.');
      return;
    }
    run.mutate({
      store,
      setId: chosenSet,
      name: name.trim(),
      configurations: configurations.map(toSearchConfiguration),
    });
  };

  return (
    <FormSection title="New run" headingId="new-run-heading" onSubmit={submit}>
      <FieldRow alignEnd>
        <JudgmentSetSelect sets={sets.data ?? []} value={chosenSet} onChange={setSetId} />
        <InputField
          label="Run name"
          labelNote="optional"
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </FieldRow>
      <div className={styles.configurations}>
        {configurations.map((c, i) => (
          <ConfigurationFields
            key={i}
            name={`Configuration ${i + 1}`}
            note={i === 0 ? '(baseline for the per-query changes)' : undefined}
            value={c}
            versions={versions.data ?? []}
            onChange={(next) =>
              setConfigurations((all) => all.map((old, j) => (j === i ? next : old)))
            }
            onRemove={
              configurations.length > 1
                ? () => setConfigurations((all) => all.filter((_, j) => j !== i))
                : undefined
            }
          />
        ))}
      </div>
      <Actions>
        <Button type="submit" pending={run.isPending} pendingText="Running…">
          Run evaluation
        </Button>
        {configurations.length < MAX_CONFIGURATIONS && (
          <Button
            variant="secondary"
            onClick={() => setConfigurations((all) => [...all, configuration('colbert')])}
          >
            Add a configuration
          </Button>
        )}
        <RunProgress running={run.isPending} configurations={configurations.length} />
        <Problem inline>{problem}</Problem>
      </Actions>
    </FormSection>
  );
}
