import Link from 'next/link';
import { formatCount } from '~/lib/analyst/format';
import { sectionHref } from '~/lib/analyst/routes';
import { DataTable, Panel, type Column } from '~/components/ui';

interface QueryRow {
  query: string;
  searches: number;
  avgResults?: number;
}

/** Queries with their counts; each opens in Compare to see how it ranks. */
export function QueryTable({
  store,
  title,
  rows,
  showAverageResults = false,
  empty,
}: {
  store: string;
  title: string;
  rows: QueryRow[];
  showAverageResults?: boolean;
  empty: string;
}) {
  const columns: Column<QueryRow>[] = [
    {
      header: 'Query',
      rowHeader: true,
      cell: (row) => (
        <Link
          href={sectionHref(store, 'compare', new URLSearchParams({ q: row.query }))}
          title="Compare rankings for this query"
        >
          {row.query}
        </Link>
      ),
    },
    { header: 'Searches', numeric: true, cell: (row) => formatCount(row.searches) },
  ];
  if (showAverageResults) {
    columns.push({
      header: 'Results (mean)',
      numeric: true,
      cell: (row) => (row.avgResults === undefined ? '—' : formatCount(Math.round(row.avgResults))),
    });
  }
  return (
    <Panel as="section" aria-label={title}>
      <DataTable
        caption={title}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.query}
        empty={empty}
      />
    </Panel>
  );
}
