import { DataTable, Note, Section, type Column } from '~/components/ui';
import type { JudgmentImport } from '~/lib/analyst/apiTypes';
import { countOf, formatCount } from '~/lib/analyst/format';
import styles from './ImportReport.module.css';

/** Rows shown; a file with more skipped rows says how many more there were. */
const SHOWN_ROWS = 200;

type SkippedRow = JudgmentImport['report']['skipped'][number];

const COLUMNS: Column<SkippedRow>[] = [
  { header: 'Line', numeric: true, cell: (row) => row.line },
  { header: 'Reason', cell: (row) => row.message },
  { header: 'Row', cell: (row) => <code className={styles.row}>{row.text}</code> },
];

/** What an import kept and what it skipped, row by row with the reason. */
export function ImportReport({ result }: { result: JudgmentImport }) {
  const { report } = result;
  const skipped = report.skipped.filter((s) => s.reason !== 'blank-line');
  return (
    <Section title={`Import report: ${result.name}`} headingId="import-report-heading">
      <p role="status" className={styles.summary}>
        <span className={styles.saved}>Saved</span> {countOf(result.judgments, 'judgment')} for{' '}
        {countOf(result.queries, 'query', 'queries')}. {countOf(skipped.length, 'row')}{' '}
        {skipped.length === 1 ? 'was' : 'were'} skipped.
      </p>
      {report.queriesWithoutRelevant.length > 0 && (
        <Note>
          No relevant product (grade 1 or more) for: {report.queriesWithoutRelevant.join(', ')}.
          Metrics are undefined for these queries.
        </Note>
      )}
      {skipped.length > 0 && (
        <DataTable
          caption="Skipped rows"
          columns={COLUMNS}
          rows={skipped.slice(0, SHOWN_ROWS)}
          rowKey={(row) => row.line}
          rowProps={(row) => ({ 'data-reason': row.reason })}
        />
      )}
      {skipped.length > SHOWN_ROWS && (
        <Note>… and {formatCount(skipped.length - SHOWN_ROWS)} more skipped rows.</Note>
      )}
    </Section>
  );
}
