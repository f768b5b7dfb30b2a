import type { Metadata } from 'next';
import { AnalystPage } from '~/components/analyst/AnalystPage';
import { CompareWorkbench } from '~/components/analyst/compare/CompareWorkbench';
import { pathWithQuery, sectionHref } from '~/lib/analyst/routes';

export const metadata: Metadata = { title: 'Compare rankings · Analyst workbench' };

interface Props {
  params: Promise<{ store: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One query under two or three ranking configurations, side by side; the state is in the URL. */
export default async function ComparePage({ params, searchParams }: Props) {
  const { store } = await params;
  const returnTo = pathWithQuery(sectionHref(store, 'compare'), await searchParams);
  return (
    <AnalystPage store={store} section="compare" returnTo={returnTo}>
      {(info) => <CompareWorkbench store={info} />}
    </AnalystPage>
  );
}
