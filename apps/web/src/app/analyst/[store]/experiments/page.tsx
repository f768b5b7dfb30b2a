import type { Metadata } from 'next';
import { ExperimentsWorkbench } from '~/components/analyst/experiments/ExperimentsWorkbench';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Experiments · Analyst workbench' };

/** Interleaving experiments on the storefront: start one, watch its outcome, stop it. */
export default storeSectionPage('analyst', 'experiments', (info) => (
  <ExperimentsWorkbench store={info.slug} />
));
