import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RunReport } from '~/components/analyst/evaluations/RunReport';
import { StoreWorkspacePage } from '~/components/workspace/StoreWorkspacePage';
import { runHref } from '~/lib/analyst/routes';

export const metadata: Metadata = { title: 'Evaluation run · Analyst workbench' };

interface Props {
  params: Promise<{ store: string; run: string }>;
}

/** One saved evaluation run: metrics per configuration, per-query changes, charts, export. */
export default async function EvaluationRunPage({ params }: Props) {
  const { store, run } = await params;
  const runId = Number(run);
  if (!Number.isSafeInteger(runId) || runId < 1) notFound();
  return (
    <StoreWorkspacePage
      role="analyst"
      store={store}
      section="evaluations"
      returnTo={runHref(store, runId)}
    >
      {(info) => <RunReport store={info.slug} runId={runId} />}
    </StoreWorkspacePage>
  );
}
