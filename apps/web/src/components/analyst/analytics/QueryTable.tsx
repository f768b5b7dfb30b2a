import Link from 'next/link';
import { formatCount } from '~/lib/analyst/format';
import { sectionHref } from '~/lib/analyst/routes';
import workbench from '../Workbench.module.css';

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
  return (
    <section className={workbench.panel} aria-label={title}>
      <div className={workbench.tableWrap}>
        <table className={workbench.table}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Query</th>
              <th scope="col" className={workbench.numeric}>
                Searches
              </th>
              {showAverageResults && (
                <th scope="col" className={workbench.numeric}>
                  Results (mean)
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={showAverageResults ? 3 : 2} className={workbench.muted}>
                  {empty}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.query}>
                <th scope="row">
                  <Link
                    href={sectionHref(store, 'compare', new URLSearchParams({ q: row.query }))}
                    title="Compare rankings for this query"
                  >
                    {row.query}
                  </Link>
                </th>
                <td className={workbench.numeric}>{formatCount(row.searches)}</td>
                {showAverageResults && (
                  <td className={workbench.numeric}>
                    {row.avgResults === undefined ? '—' : formatCount(Math.round(row.avgResults))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
