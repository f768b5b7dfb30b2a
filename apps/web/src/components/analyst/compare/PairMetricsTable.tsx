import type { ComparedRanking, RankingPair } from '~/lib/analyst/apiTypes';
import { RANKING_LETTERS } from '~/lib/analyst/compareState';
import { formatMetric } from '~/lib/analyst/format';
import workbench from '../Workbench.module.css';
import styles from './PairMetricsTable.module.css';

/** How much each pair of rankings agrees: set overlap in the top 10, RBO, Kendall's tau. */
export function PairMetricsTable({
  pairs,
  rankings,
}: {
  pairs: RankingPair[];
  rankings: ComparedRanking[];
}) {
  const rboLabel = pairs[0]?.rboLabel ?? 'RBO';
  const label = (i: number) => rankings[i]?.label ?? '';
  return (
    <div className={`${workbench.tableWrap} ${workbench.panel}`}>
      <table className={workbench.table}>
        <caption>Agreement between rankings</caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col" className={workbench.numeric}>
              Overlap@10
            </th>
            <th scope="col" className={workbench.numeric}>
              Jaccard@10
            </th>
            <th scope="col" className={workbench.numeric}>
              {rboLabel}
            </th>
            <th scope="col" className={workbench.numeric}>
              Kendall τ <span className={workbench.hint}>(shared items)</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => (
            <tr key={`${p.a}-${p.b}`}>
              <th scope="row" className={styles.pair}>
                {RANKING_LETTERS[p.a]} <span className={workbench.muted}>vs</span>{' '}
                {RANKING_LETTERS[p.b]}
                <span className={styles.pairLabels}>
                  {label(p.a)} vs {label(p.b)}
                </span>
              </th>
              <td className={workbench.numeric}>{formatMetric(p.overlapAt10)}</td>
              <td className={workbench.numeric}>{formatMetric(p.jaccardAt10)}</td>
              <td className={workbench.numeric}>{formatMetric(p.rbo)}</td>
              <td className={workbench.numeric}>
                {formatMetric(p.kendallTau)}{' '}
                <span className={workbench.muted}>({p.sharedItems})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
