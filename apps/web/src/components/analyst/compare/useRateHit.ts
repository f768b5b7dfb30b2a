'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CompareInput, CompareResult } from '~/lib/analyst/apiTypes';
import type { Grade } from '~/lib/analyst/grades';
import { useTRPC } from '~/trpc/react';

export type SaveState = 'saving' | 'saved' | 'failed';

function withGrade(result: CompareResult, productId: string, grade: number | null): CompareResult {
  return {
    ...result,
    rankings: result.rankings.map((r) => ({
      ...r,
      hits: r.hits.map((h) => (h.product.id === productId ? { ...h, grade } : h)),
    })),
  };
}

/**
 * Rates a product for the compared query in a judgment set. The grade shows at once in every
 * ranking (the cached comparison is edited, not fetched again) and goes back if saving fails;
 * each product's save state is kept for the "saved" indicator.
 */
export function useRateHit(input: CompareInput, setId: number | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [saveStates, setSaveStates] = useState<ReadonlyMap<string, SaveState>>(new Map());
  const comparisonKey = trpc.compare.rankings.queryKey(input);
  const mark = (productId: string, state: SaveState) =>
    setSaveStates((old) => new Map(old).set(productId, state));

  const rate = useMutation(
    trpc.judgments.rate.mutationOptions({
      onMutate: ({ productId, grade }) => {
        const before = queryClient.getQueryData(comparisonKey);
        const previous = before?.rankings
          .flatMap((r) => r.hits)
          .find((h) => h.product.id === productId)?.grade;
        queryClient.setQueryData(comparisonKey, (old) => old && withGrade(old, productId, grade));
        mark(productId, 'saving');
        return { previous: previous ?? null };
      },
      onSuccess: (_data, { productId }) => {
        mark(productId, 'saved');
        void queryClient.invalidateQueries({ queryKey: trpc.judgments.listSets.queryKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.judgments.grades.queryKey() });
      },
      onError: (_error, { productId }, context) => {
        const previous = context?.previous ?? null;
        queryClient.setQueryData(
          comparisonKey,
          (old) => old && withGrade(old, productId, previous),
        );
        mark(productId, 'failed');
      },
    }),
  );

  return {
    saveStates,
    canRate: setId !== null,
    rate: (productId: string, grade: Grade | null) => {
      if (setId === null) return;
      rate.mutate({ store: input.store, setId, query: input.q, productId, grade });
    },
  };
}
