'use client';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { LinkNotice } from '~/components/storefront/LinkNotice';
import {
  parseCompareState,
  serializeCompareState,
  toCompareInput,
  type CompareState,
} from '~/lib/analyst/compareState';
import { retryOnce } from '~/lib/analyst/workbenchError';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { useTRPC } from '~/trpc/react';
import { Muted, PageHeader, SectionHeading } from '~/components/ui';
import { QueryNoteEditor } from '../notes/QueryNoteEditor';
import { CompareForm } from './CompareForm';
import { PairMetricsTable } from './PairMetricsTable';
import { QueryJudgments } from './QueryJudgments';
import { RankingColumns } from './RankingColumns';
import { QueryFailure } from '../QueryFailure';

/**
 * The comparison the URL describes: the form edits it, submitting pushes a new URL (back and
 * forward walk earlier comparisons), and the rankings are fetched for whatever the URL says.
 */
export function CompareWorkbench({ store }: { store: StoreInfo }) {
  const trpc = useTRPC();
  const params = useSearchParams();
  const { state, ignored } = useMemo(() => parseCompareState(params, store), [params, store]);
  const key = serializeCompareState(state).toString();
  const input = useMemo(() => toCompareInput(state, store), [state, store]);
  const sets = useQuery(trpc.judgments.listSets.queryOptions({ store: store.slug }));
  const versions = useQuery(trpc.compare.versions.queryOptions({ store: store.slug }));
  const comparison = useQuery({
    ...trpc.compare.rankings.queryOptions(input ?? skipToken),
    placeholderData: keepPreviousData,
    retry: retryOnce,
  });

  const submit = (next: CompareState) => {
    const url = `${window.location.pathname}?${serializeCompareState(next)}`;
    if (url === window.location.pathname + window.location.search) void comparison.refetch();
    else window.history.pushState(null, '', url);
  };

  const activeSet = sets.data?.find((s) => s.id === state.setId) ?? null;
  const noteQuery = input?.q.trim() ?? '';
  const notes = useQuery(
    trpc.judgments.notes.queryOptions(
      activeSet && noteQuery
        ? { store: store.slug, setId: activeSet.id, queries: [noteQuery] }
        : skipToken,
    ),
  );
  const result = comparison.data;
  let content;
  if (!input) {
    content = <Muted>Type a query and choose the rankings to compare.</Muted>;
  } else if (comparison.error) {
    content = <QueryFailure title="The comparison did not work" query={comparison} />;
  } else if (!result) {
    content = <Muted>Ranking…</Muted>;
  } else {
    content = (
      <>
        {activeSet && notes.data && (
          <QueryNoteEditor
            key={`${activeSet.id}:${noteQuery}:${notes.data[noteQuery] ?? ''}`}
            store={store.slug}
            setId={activeSet.id}
            query={noteQuery}
            note={notes.data[noteQuery]}
          />
        )}
        {activeSet && (
          <QueryJudgments store={store.slug} query={noteQuery} set={activeSet} result={result} />
        )}
        <PairMetricsTable pairs={result.pairs} rankings={result.rankings} />
        <RankingColumns
          result={result}
          input={input}
          storeSlug={store.slug}
          judgmentSet={activeSet}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title="Compare rankings">
        One query, two or three ranking configurations side by side: how each hit moved against the
        first ranking, which hits only one ranking found, and how much the rankings agree.
      </PageHeader>
      <LinkNotice ignored={ignored} />
      <CompareForm
        key={key}
        state={state}
        store={store}
        sets={sets.data ?? []}
        versions={versions.data ?? []}
        onSubmit={submit}
      />
      <section
        aria-labelledby="comparison-heading"
        aria-busy={comparison.isFetching}
        data-compare-key={input ? key : ''}
        data-compared-key={comparison.isFetching || !result ? '' : key}
      >
        <SectionHeading
          id="comparison-heading"
          title={
            <>
              {input ? `Rankings for “${input.q}”` : 'Rankings'}
              {comparison.isFetching && result && <Muted as="span"> (updating…)</Muted>}
            </>
          }
        />
        {content}
      </section>
    </>
  );
}
