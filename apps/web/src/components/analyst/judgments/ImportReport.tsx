import type { JudgmentImport } from '~/lib/analyst/apiTypes';
import { countOf, formatCount } from '~/lib/analyst/format';
import workbench from '../Workbench.module.css';
import styles from './ImportReport.module.css';

/** Rows shown; a file with more skipped rows says how many more there were. */
const SHOWN_ROWS = 200;

/** What an import kept and what it skipped, row by row with the reason. */
export function ImportReport({ result }: { result: JudgmentImport }) {
  const { report } = result;
  const skipped = report.skipped.filter((s) => s.reason !== 'blank-line');
  return (
    <section className={workbench.panel} aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" className={workbench.sectionHeading}>
        Import report: {result.name}
      </h2>
      <p role="status" className={styles.summary}>
        <span className={workbench.success}>Saved</span> {countOf(result.judgments, 'judgment')} for{' '}
        {countOf(result.queries, 'query', 'queries')}. {countOf(skipped.length, 'row')}{' '}
        {skipped.length === 1 ? 'was' : 'were'} skipped.
      </p>
      {report.queriesWithoutRelevant.length > 0 && (
        <p className={workbench.note}>
          No relevant product (grade 1 or more) for: {report.queriesWithoutRelevant.join(', ')}.
          Metrics are undefined for these queries.
        </p>
      )}
      {skipped.length > 0 && (
        <div className={workbench.tableWrap}>
          <table className={workbench.table}>
            <caption>Skipped rows</caption>
            <thead>
              <tr>
                <th scope="col" className={workbench.numeric}>
                  Line
                </th>
                <th scope="col">Reason</th>
                <th scope="col">Row</th>
              </tr>
            </thead>
            <tbody>
              {skipped.slice(0, SHOWN_ROWS).map((row) => (
                <tr key={row.line} data-reason={row.reason}>
                  <td className={workbench.numeric}>{row.line}</td>
                  <td>{row.message}</td>
                  <td>
                    <code className={styles.row}>{row.text}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {skipped.length > SHOWN_ROWS && (
            <p className={workbench.note}>
              … and {formatCount(skipped.length - SHOWN_ROWS)} more skipped rows.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
