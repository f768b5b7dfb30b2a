import type { Metadata } from 'next';
import { AnalystPage } from '~/components/analyst/AnalystPage';
import { AnalyticsDashboard } from '~/components/analyst/analytics/AnalyticsDashboard';
import { pathWithQuery, sectionHref } from '~/lib/analyst/routes';

export const metadata: Metadata = { title: 'Search analytics · Analyst workbench' };

interface Props {
  params: Promise<{ store: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** What shoppers searched in a period; the period is in the URL. */
export default async function AnalyticsPage({ params, searchParams }: Props) {
  const { store } = await params;
  const returnTo = pathWithQuery(sectionHref(store, 'analytics'), await searchParams);
  return (
    <AnalystPage store={store} section="analytics" returnTo={returnTo}>
      {(info) => <AnalyticsDashboard store={info.slug} />}
    </AnalystPage>
  );
}
