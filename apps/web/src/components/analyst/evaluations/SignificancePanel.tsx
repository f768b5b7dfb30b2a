import { DataTable, MetricTerm, Note, Section, type Column } from '~/components/ui';
import type { EvaluationRun } from '~/lib/analyst/apiTypes';
import {
  differenceText,
  pValueText,
  verdictText,
  type RunSignificance,
} from '~/lib/analyst/significance';
import styles from './RunReport.module.css';

/** Each configuration against the first: queries won, lost and tied, and whether it is noise. */
export function SignificancePanel({ run }: { run: EvaluationRun }) {
  const first = run.significance[0];
  if (!first) return null;
  const columns: Column<RunSignificance>[] = [
    { header: `Against ${first.baseline}`, rowHeader: true, cell: (s) => s.other },
    {
      header: 'Won / lost / tied',
      numeric: true,
      cell: (s) => (
        <>
          <span className={styles.positive}>{s.won}</span> /{' '}
          <span className={styles.negative}>{s.lost}</span> / {s.tied}
        </>
      ),
    },
    {
      header: (
        <>
          Mean Δ <MetricTerm label={first.metric} />
        </>
      ),
      label: `Mean Δ ${first.metric}`,
      numeric: true,
      cell: (s) => differenceText(s),
    },
    { header: 'Randomisation test', cell: (s) => pValueText(s) },
    { header: 'Verdict', cell: (s) => verdictText(s) },
  ];
  return (
    <Section title="Is the difference real?" headingId="significance-heading">
      <DataTable columns={columns} rows={run.significance} rowKey={(s) => s.other} />
      <Note>
        Paired on the queries both configurations have a value for. The p-value is how often
        flipping the sign of each query&apos;s difference at random gives a mean change at least as
        large: small means the change is unlikely to be chance. The interval comes from resampling
        the queries (bootstrap, 10,000 resamples); both are seeded, so they repeat.
      </Note>
    </Section>
  );
}
