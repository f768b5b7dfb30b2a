import type { Metadata } from 'next';
import { CompareWorkbench } from '~/components/analyst/compare/CompareWorkbench';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Compare rankings · Analyst workbench' };

/** One query under two or three ranking configurations, side by side; the state is in the URL. */
export default storeSectionPage('analyst', 'compare', (info) => <CompareWorkbench store={info} />, {
  keepQuery: true,
});
