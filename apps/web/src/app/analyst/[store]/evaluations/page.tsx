import type { Metadata } from 'next';
import { EvaluationsWorkbench } from '~/components/analyst/evaluations/EvaluationsWorkbench';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Evaluation runs · Analyst workbench' };

/** Start an evaluation run, and reopen saved ones. */
export default storeSectionPage('analyst', 'evaluations', (info) => (
  <EvaluationsWorkbench store={info.slug} />
));
