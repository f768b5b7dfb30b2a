import { PageHeader } from '~/components/ui';
import { EvaluationLauncher } from './EvaluationLauncher';
import { SavedRunsTable } from './SavedRunsTable';

/** Start a run against a judgment set, or reopen a saved one. */
export function EvaluationsWorkbench({ store }: { store: string }) {
  return (
    <>
      <PageHeader title="Evaluation runs">
        Score ranking configurations against a judgment set: mean nDCG@10, MRR@10, ERR@10, P@10 and
        Recall@100 per configuration, and which queries each one improved or regressed against the
        first. Runs are saved, so they can be compared over time.
      </PageHeader>
      <EvaluationLauncher store={store} />
      <SavedRunsTable store={store} />
    </>
  );
}
