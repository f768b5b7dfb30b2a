import type { Metadata } from 'next';
import { AnalystPage } from '~/components/analyst/AnalystPage';
import { EvaluationsWorkbench } from '~/components/analyst/evaluations/EvaluationsWorkbench';
import { sectionHref } from '~/lib/analyst/routes';

export const metadata: Metadata = { title: 'Evaluation runs · Analyst workbench' };

/** Start an evaluation run, and reopen saved ones. */
export default async function EvaluationsPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AnalystPage store={store} section="evaluations" returnTo={sectionHref(store, 'evaluations')}>
      {(info) => <EvaluationsWorkbench store={info.slug} />}
    </AnalystPage>
  );
}
