import type { Metadata } from 'next';
import { JudgmentsWorkbench } from '~/components/analyst/judgments/JudgmentsWorkbench';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Judgment sets · Analyst workbench' };

/** The store's judgment sets: import (a qrels file or the bundled set), export, pick for rating. */
export default storeSectionPage('analyst', 'judgments', (info) => (
  <JudgmentsWorkbench store={info.slug} />
));
