'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { JudgmentImport } from '~/lib/analyst/apiTypes';
import { useTRPC } from '~/trpc/react';

/** What each way of importing judgments (a CSV, the bundled set) is given. */
export interface JudgmentImporterProps {
  store: string;
  /** Shows the import's report. */
  onImported: (result: JudgmentImport) => void;
}

/** After an import: the set list shows the new counts, and the page shows the report. */
export function useAfterImport(onImported: JudgmentImporterProps['onImported']) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (result: JudgmentImport) => {
    void queryClient.invalidateQueries({ queryKey: trpc.judgments.listSets.queryKey() });
    onImported(result);
  };
}
