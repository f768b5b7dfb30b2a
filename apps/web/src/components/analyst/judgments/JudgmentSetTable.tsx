'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { SearchError } from '~/components/storefront/SearchError';
import type { JudgmentSet } from '~/lib/analyst/apiTypes';
import { formatCount } from '~/lib/analyst/format';
import { sectionHref } from '~/lib/analyst/routes';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { csvFileName, downloadText } from '../downloadText';
import workbench from '../Workbench.module.css';

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The store's judgment sets, each with its size, a CSV export and a link to rate it in Compare. */
export function JudgmentSetTable({ store }: { store: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sets = useQuery(trpc.judgments.listSets.queryOptions({ store }));
  const [exportProblem, setExportProblem] = useState<string | null>(null);

  const exportSet = async (set: JudgmentSet) => {
    setExportProblem(null);
    try {
      const { name, csv } = await queryClient.fetchQuery(
        trpc.judgments.export.queryOptions({ store, setId: set.id }, { staleTime: 0 }),
      );
      downloadText(csvFileName(name), csv);
    } catch (error) {
      setExportProblem(toWorkbenchError(error).message);
    }
  };

  if (sets.error) {
    return (
      <SearchError
        title="The judgment sets could not be loaded"
        error={toWorkbenchError(sets.error)}
        onRetry={() => void sets.refetch()}
      />
    );
  }
  return (
    <section className={workbench.panel} aria-labelledby="sets-heading">
      <h2 id="sets-heading" className={workbench.sectionHeading}>
        Sets in this store
      </h2>
      {!sets.data ? (
        <p className={workbench.muted}>Loading…</p>
      ) : sets.data.length === 0 ? (
        <p className={workbench.muted}>No judgment sets yet: import one below.</p>
      ) : (
        <div className={workbench.tableWrap}>
          <table className={workbench.table}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className={workbench.numeric}>
                  Queries
                </th>
                <th scope="col" className={workbench.numeric}>
                  Judgments
                </th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sets.data.map((set) => (
                <tr key={set.id}>
                  <th scope="row">{set.name}</th>
                  <td className={workbench.numeric}>{formatCount(set.queries)}</td>
                  <td className={workbench.numeric}>{formatCount(set.judgments)}</td>
                  <td>{DATE.format(set.createdAt)}</td>
                  <td className={workbench.rowActions}>
                    <button
                      type="button"
                      className={workbench.linkButton}
                      onClick={() => void exportSet(set)}
                      aria-label={`Export ${set.name} as CSV`}
                    >
                      Export CSV
                    </button>
                    <Link
                      href={sectionHref(
                        store,
                        'compare',
                        new URLSearchParams({ set: String(set.id) }),
                      )}
                      aria-label={`Rate ${set.name} in Compare`}
                    >
                      Rate in Compare
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {exportProblem && (
        <p className={workbench.problem} role="alert">
          The export did not work: {exportProblem}
        </p>
      )}
    </section>
  );
}
