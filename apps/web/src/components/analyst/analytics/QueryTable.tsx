import Link from 'next/link';
import { addSynonymHref } from '~/lib/admin/synonymDraft';
import { formatCount } from '~/lib/analyst/format';
import { sectionHref } from '~/lib/analyst/routes';
import { DataTable, Panel, type Column } from '~/components/ui';

interface QueryRow {
  query: string;
  searches: number;
  avgResults?: number;
}

/**
 * Queries with their counts; each opens in Compare to see how it ranks, and, where asked, offers
 * the merchant's fix: a synonym line for the query.
 */
export function QueryTable({
  store,
  title,
  rows,
  showAverageResults = false,
  offerSynonym = false,
  empty,
}: {
  store: string;
  title: string;
  rows: QueryRow[];
  showAverageResults?: boolean;
  offerSynonym?: boolean;
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
  if (offerSynonym) {
    columns.push({
      header: 'Fix',
      hideHeader: true,
      cell: (row) => {
        const href = addSynonymHref(store, row.query);
        return (
          href && (
            <Link href={href} aria-label={`Add a synonym for “${row.query}”`}>
              Add a synonym
            </Link>
          )
        );
      },
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
