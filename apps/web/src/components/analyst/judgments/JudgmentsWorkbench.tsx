'use client';
import { useState } from 'react';
import { Columns, PageHeader } from '~/components/ui';
import type { JudgmentImport } from '~/lib/analyst/apiTypes';
import { ClickJudgmentsReview } from './ClickJudgmentsReview';
import { ImportBundledButton } from './ImportBundledButton';
import { ImportCsvForm } from './ImportCsvForm';
import { ImportReport } from './ImportReport';
import { JudgmentSetTable } from './JudgmentSetTable';

/** Judgment sets: what the store has, and imports with a report of what was kept and skipped. */
export function JudgmentsWorkbench({ store }: { store: string }) {
  const [lastImport, setLastImport] = useState<JudgmentImport | null>(null);
  return (
    <>
      <PageHeader title="Judgment sets">
        Graded queries (0 not relevant – 3 highly relevant) that evaluations score rankings against.
        Rate hits in Compare, import a qrels file of <code>query,docid,rating</code> rows, or review
        judgments proposed from shoppers’ clicks.
      </PageHeader>
      <JudgmentSetTable store={store} />
      {lastImport && <ImportReport result={lastImport} />}
      <Columns>
        <ImportCsvForm store={store} onImported={setLastImport} />
        <ImportBundledButton store={store} onImported={setLastImport} />
      </Columns>
      <ClickJudgmentsReview store={store} />
    </>
  );
}
