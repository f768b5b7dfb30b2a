import type { Metadata } from 'next';
import { AnalyticsDashboard } from '~/components/analyst/analytics/AnalyticsDashboard';
import { storeSectionPage } from '~/components/workspace/StoreWorkspacePage';

export const metadata: Metadata = { title: 'Search analytics · Analyst workbench' };

/** What shoppers searched in a period; the period is in the URL. */
export default storeSectionPage(
  'analyst',
  'analytics',
  (info) => <AnalyticsDashboard store={info.slug} />,
  { keepQuery: true },
);
