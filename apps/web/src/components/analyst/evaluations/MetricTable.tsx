import type { ConfigurationResult } from '~/lib/analyst/apiTypes';
import { formatMetric, formatMs } from '~/lib/analyst/format';
import { DataTable, MetricGlossary, MetricTerm, Note, Section, type Column } from '~/components/ui';
import { CONFIGURATION_COLORS } from './chartColors';
import styles from './RunReport.module.css';

/**
 * Mean of each metric per configuration. Column headers are the API's metric labels, which name
 * the gain and the relevance threshold; the last row says over how many queries each is taken.
 */
export function MetricTable({ results }: { results: ConfigurationResult[] }) {
  const labels = results[0]?.metricLabels ?? [];
  const columns: Column<ConfigurationResult>[] = [
    {
      header: 'Configuration',
      rowHeader: true,
      footer: 'Queries averaged',
      cell: (r) => (
        <>
          <span
            className={styles.swatch}
            style={{ background: CONFIGURATION_COLORS[results.indexOf(r)] }}
            aria-hidden="true"
          />
          {r.label}
        </>
      ),
    },
    ...labels.map((label, m): Column<ConfigurationResult> => ({
      header: <MetricTerm label={label} />,
      label,
      numeric: true,
      footer: results[0]?.means[m]?.queryCount,
      cell: (r) => formatMetric(r.means[m]?.mean ?? null),
    })),
    {
      header: 'Latency p50 / p95',
      numeric: true,
      footer: '',
      cell: (r) => `${formatMs(r.latency.p50)} / ${formatMs(r.latency.p95)}`,
    },
  ];
  return (
    <Section title="Metrics per configuration" headingId="metrics-heading">
      <DataTable columns={columns} rows={results} rowKey={(_, i) => i} />
      <Note>
        Queries without a relevant judgment have no value and are not averaged; which queries those
        are depends on the judgments alone, so it is the same for every configuration. Latency is
        each query&apos;s search with the first stage asked afresh (not from its answer cache) and
        the model and stored vectors warm.
      </Note>
      <MetricGlossary labels={labels} />
    </Section>
  );
}
