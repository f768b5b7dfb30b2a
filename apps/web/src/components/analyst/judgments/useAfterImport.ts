'use client';
import { useQueryClient } from '@tanstack/react-query';
import type { JudgmentImport } from '~/lib/analyst/apiTypes';
import { useTRPC } from '~/trpc/react';

/** After an import: the set list shows the new counts, and the page shows the report. */
export function useAfterImport(onImported: (result: JudgmentImport) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (result: JudgmentImport) => {
    void queryClient.invalidateQueries({ queryKey: trpc.judgments.listSets.queryKey() });
    onImported(result);
  };
}
