import type { Metadata } from 'next';
import { AnalystPage } from '~/components/analyst/AnalystPage';
import { JudgmentsWorkbench } from '~/components/analyst/judgments/JudgmentsWorkbench';
import { sectionHref } from '~/lib/analyst/routes';

export const metadata: Metadata = { title: 'Judgment sets · Analyst workbench' };

/** The store's judgment sets: import (a qrels file or the bundled set), export, pick for rating. */
export default async function JudgmentsPage({ params }: { params: Promise<{ store: string }> }) {
  const { store } = await params;
  return (
    <AnalystPage store={store} section="judgments" returnTo={sectionHref(store, 'judgments')}>
      {(info) => <JudgmentsWorkbench store={info.slug} />}
    </AnalystPage>
  );
}
