'use client';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Button, DataTable, Muted, Problem, Section, type Column } from '~/components/ui';
import type { JudgmentSet } from '~/lib/analyst/apiTypes';
import { formatCount } from '~/lib/analyst/format';
import { sectionHref } from '~/lib/analyst/routes';
import { toWorkbenchError } from '~/lib/analyst/workbenchError';
import { useTRPC } from '~/trpc/react';
import { csvFileName, downloadText } from '../downloadText';
import styles from './JudgmentSetTable.module.css';
import { QueryFailure } from '../QueryFailure';

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const COLUMNS: Column<JudgmentSet>[] = [
  { header: 'Name', rowHeader: true, cell: (set) => set.name },
  { header: 'Queries', numeric: true, cell: (set) => formatCount(set.queries) },
  { header: 'Judgments', numeric: true, cell: (set) => formatCount(set.judgments) },
  { header: 'Created', cell: (set) => DATE.format(set.createdAt) },
];

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
    return <QueryFailure title="The judgment sets could not be loaded" query={sets} />;
  }
  const columns: Column<JudgmentSet>[] = [
    ...COLUMNS,
    {
      header: 'Actions',
      hideHeader: true,
      className: styles.rowActions,
      cell: (set) => (
        <>
          <Button
            variant="link"
            onClick={() => void exportSet(set)}
            aria-label={`Export ${set.name} as CSV`}
          >
            Export CSV
          </Button>
          <Link
            href={sectionHref(store, 'compare', new URLSearchParams({ set: String(set.id) }))}
            aria-label={`Rate ${set.name} in Compare`}
          >
            Rate in Compare
          </Link>
        </>
      ),
    },
  ];
  return (
    <Section title="Sets in this store" headingId="sets-heading">
      {!sets.data ? (
        <Muted>Loading…</Muted>
      ) : sets.data.length === 0 ? (
        <Muted>No judgment sets yet: import one below.</Muted>
      ) : (
        <DataTable columns={columns} rows={sets.data} rowKey={(set) => set.id} />
      )}
      {exportProblem && <Problem>The export did not work: {exportProblem}</Problem>}
    </Section>
  );
}
