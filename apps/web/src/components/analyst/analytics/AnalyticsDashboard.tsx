'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { LinkNotice } from '~/components/storefront/LinkNotice';
import {
  parsePeriodChoice,
  resolvePeriod,
  serializePeriodChoice,
  type PeriodChoice,
} from '~/lib/analyst/period';
import { retryOnce } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { Columns, Muted, PageHeader } from '~/components/ui';
import { LatencySection } from './LatencySection';
import { PeriodPicker } from './PeriodPicker';
import { QueryTable } from './QueryTable';
import { SearchesPerDayChart } from './SearchesPerDayChart';
import { SummaryFigures } from './SummaryFigures';
import styles from './AnalyticsDashboard.module.css';
import { QueryFailure } from '../QueryFailure';

/**
 * Shoppers' searches in the period the URL names: totals, per day, latency, top, failed and
 * low-click queries.
 */
export function AnalyticsDashboard({ store }: { store: string }) {
  const trpc = useTRPC();
  const params = useSearchParams();
  const { choice, ignored } = useMemo(() => parsePeriodChoice(params), [params]);
  // "Now" for presets is taken when the page opens or a period is chosen, not at every render.
  const [now, setNow] = useState(() => Date.now());
  const period = useMemo(() => resolvePeriod(choice, now), [choice, now]);
  const summary = useQuery({
    ...trpc.analytics.summary.queryOptions({ store, from: period.from, to: period.to }),
    placeholderData: keepPreviousData,
    retry: retryOnce,
  });

  const choose = (next: PeriodChoice) => {
    setNow(Date.now());
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}?${serializePeriodChoice(next)}`,
    );
  };

  const data = summary.data;
  return (
    <>
      <PageHeader title="Search analytics">
        What shoppers searched on the storefront (the workbench’s own searches are not counted).
        Days are UTC days.
      </PageHeader>
      <LinkNotice ignored={ignored ? ['the period (showing the last 7 days)'] : []} />
      <PeriodPicker period={period} onChoose={choose} />
      {summary.error ? (
        <QueryFailure title="The analytics could not be loaded" query={summary} />
      ) : !data ? (
        <Muted>Loading…</Muted>
      ) : (
        <div
          className={styles.dashboard}
          aria-busy={summary.isFetching}
          data-period={`${period.from.toISOString()}/${period.to.toISOString()}`}
          data-loaded={!summary.isPlaceholderData}
        >
          <SummaryFigures summary={data} />
          <SearchesPerDayChart period={period} perDay={data.perDay} />
          <LatencySection latency={data.latencyByProfile} />
          <Columns>
            <QueryTable
              store={store}
              title="Top queries"
              rows={data.topQueries}
              showAverageResults
              offerRule
              empty="No searches in this period."
            />
            <QueryTable
              store={store}
              title="Queries that found nothing"
              rows={data.zeroResultQueries}
              offerSynonym
              offerRule
              empty="Every search found something."
            />
          </Columns>
          <QueryTable
            store={store}
            title="Low-click queries"
            rows={data.lowClickQueries}
            showClicks
            offerSynonym
            offerRule
            empty={`No query found something in at least ${data.lowClickMinSearches} searches.`}
          />
        </div>
      )}
    </>
  );
}
