import Link from 'next/link';
import { addRuleHref } from '~/lib/admin/ruleForm';
import { addSynonymHref } from '~/lib/admin/synonymDraft';
import { formatCount, formatShare } from '~/lib/analyst/format';
import { sectionHref } from '~/lib/analyst/routes';
import { DataTable, Panel, type Column } from '~/components/ui';

interface QueryRow {
  query: string;
  searches: number;
  avgResults?: number;
  /** Results followed, for the click-through column. */
  clicks?: number;
}

/**
 * Queries with their counts; each opens in Compare to see how it ranks, and, where asked, offers
 * the merchant's fixes: a synonym line for the query, a rule for it.
 */
export function QueryTable({
  store,
  title,
  rows,
  showAverageResults = false,
  showClicks = false,
  offerSynonym = false,
  offerRule = false,
  empty,
}: {
  store: string;
  title: string;
  rows: QueryRow[];
  showAverageResults?: boolean;
  showClicks?: boolean;
  offerSynonym?: boolean;
  offerRule?: boolean;
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
  if (showClicks) {
    columns.push(
      { header: 'Clicks', numeric: true, cell: (row) => formatCount(row.clicks ?? 0) },
      {
        header: 'Click-through',
        numeric: true,
        cell: (row) => formatShare(row.clicks ?? 0, row.searches),
      },
    );
  }
  const fixes = [
    offerSynonym && { label: 'Add a synonym', href: addSynonymHref },
    offerRule && { label: 'Add a rule', href: addRuleHref },
  ].filter((f) => !!f);
  if (fixes.length) {
    columns.push({
      header: 'Fix',
      hideHeader: true,
      cell: (row) =>
        fixes.map(({ label, href }) => {
          const to = href(store, row.query);
          return (
            to && (
              <Link key={label} href={to} aria-label={`${label} for “${row.query}”`}>
                {label}
              </Link>
            )
          );
        }),
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
