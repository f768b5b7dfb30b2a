'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Actions, Button, FieldRow, FormSection, NumberField, Problem } from '~/components/ui';
import { configuration, toSearchConfiguration } from '~/lib/analyst/configuration';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { ConfigurationFields } from '../ConfigurationFields';
import styles from '../evaluations/EvaluationLauncher.module.css';

/** Two configurations, the share of traffic and the retention; starts the experiment. */
export function StartExperimentForm({ store }: { store: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const versions = useQuery(trpc.compare.versions.queryOptions({ store }));
  const [configs, setConfigs] = useState(() => [configuration('hybrid'), configuration('lexical')]);
  const [trafficPercent, setTrafficPercent] = useState(50);
  const [retentionDays, setRetentionDays] = useState(30);
  const [problem, setProblem] = useState<string | null>(null);
  const start = useMutation(
    trpc.experiments.start.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.experiments.list.queryKey({ store }) }),
      onError: (error) => setProblem(toWorkbenchError(error).message),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    start.mutate({
      store,
      configA: toSearchConfiguration(configs[0]!),
      configB: toSearchConfiguration(configs[1]!),
      trafficPercent,
      retentionDays,
    });
  };
  return (
    <FormSection title="New experiment" onSubmit={submit}>
      <div className={styles.configurations}>
        {configs.map((c, i) => (
          <ConfigurationFields
            key={i}
            name={i === 0 ? 'Ranking A' : 'Ranking B'}
            value={c}
            versions={versions.data ?? []}
            onChange={(next) => setConfigs((all) => all.map((old, j) => (j === i ? next : old)))}
          />
        ))}
      </div>
      <FieldRow alignEnd>
        <NumberField
          label="Share of traffic"
          labelNote="% of visitors"
          value={trafficPercent}
          min={1}
          max={100}
          step={1}
          onChange={(v) => setTrafficPercent(Math.round(v))}
        />
        <NumberField
          label="Keep clicks for"
          labelNote="days"
          value={retentionDays}
          min={1}
          max={365}
          step={1}
          onChange={(v) => setRetentionDays(Math.round(v))}
        />
      </FieldRow>
      <Actions>
        <Button type="submit" pending={start.isPending} pendingText="Starting…">
          Start experiment
        </Button>
        <Problem inline>{problem}</Problem>
      </Actions>
    </FormSection>
  );
}
