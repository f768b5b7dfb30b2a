import type { ConfigurationResult } from '~/lib/analyst/apiTypes';
import { formatMetric, formatMs } from '~/lib/analyst/format';
import workbench from '../Workbench.module.css';
import { CONFIGURATION_COLORS } from './chartColors';
import styles from './RunReport.module.css';

/**
 * Mean of each metric per configuration. Column headers are the API's metric labels, which name
 * the gain and the relevance threshold; the last row says over how many queries each is taken.
 */
export function MetricTable({ results }: { results: ConfigurationResult[] }) {
  const labels = results[0]?.metricLabels ?? [];
  return (
    <section className={workbench.panel} aria-labelledby="metrics-heading">
      <h2 id="metrics-heading" className={workbench.sectionHeading}>
        Metrics per configuration
      </h2>
      <div className={workbench.tableWrap}>
        <table className={workbench.table}>
          <thead>
            <tr>
              <th scope="col">Configuration</th>
              {labels.map((label) => (
                <th key={label} scope="col" className={workbench.numeric}>
                  {label}
                </th>
              ))}
              <th scope="col" className={workbench.numeric}>
                Latency p50 / p95
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((r, i) => (
              <tr key={i}>
                <th scope="row">
                  <span
                    className={styles.swatch}
                    style={{ background: CONFIGURATION_COLORS[i] }}
                    aria-hidden="true"
                  />
                  {r.label}
                </th>
                {r.means.map((m) => (
                  <td key={m.label} className={workbench.numeric}>
                    {formatMetric(m.mean)}
                  </td>
                ))}
                <td className={workbench.numeric}>
                  {formatMs(r.latency.p50)} / {formatMs(r.latency.p95)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={workbench.muted}>
                Queries averaged
              </th>
              {results[0]?.means.map((m) => (
                <td key={m.label} className={`${workbench.numeric} ${workbench.muted}`}>
                  {m.queryCount}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className={workbench.note}>
        Queries without a relevant judgment have no value and are not averaged; which queries those
        are depends on the judgments alone, so it is the same for every configuration.
      </p>
    </section>
  );
}
