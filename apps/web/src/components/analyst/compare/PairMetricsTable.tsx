import type { ComparedRanking, RankingPair } from '~/lib/analyst/apiTypes';
import { RANKING_LETTERS } from '~/lib/analyst/compareState';
import { formatMetric } from '~/lib/analyst/format';
import {
  DataTable,
  Hint,
  MetricGlossary,
  MetricTerm,
  Muted,
  Panel,
  type Column,
} from '~/components/ui';
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
  const columns: Column<RankingPair>[] = [
    {
      header: 'Pair',
      rowHeader: true,
      className: styles.pair,
      cell: (p) => (
        <>
          {RANKING_LETTERS[p.a]} <Muted as="span">vs</Muted> {RANKING_LETTERS[p.b]}
          <span className={styles.pairLabels}>
            {label(p.a)} vs {label(p.b)}
          </span>
        </>
      ),
    },
    {
      header: <MetricTerm label="Overlap@10" />,
      label: 'Overlap@10',
      numeric: true,
      cell: (p) => formatMetric(p.overlapAt10),
    },
    {
      header: <MetricTerm label="Jaccard@10" />,
      label: 'Jaccard@10',
      numeric: true,
      cell: (p) => formatMetric(p.jaccardAt10),
    },
    {
      header: <MetricTerm label={rboLabel} />,
      label: rboLabel,
      numeric: true,
      cell: (p) => formatMetric(p.rbo),
    },
    {
      header: (
        <>
          <MetricTerm label="Kendall τ" /> <Hint>(shared items)</Hint>
        </>
      ),
      label: 'Kendall τ',
      numeric: true,
      cell: (p) => (
        <>
          {formatMetric(p.kendallTau)} <Muted as="span">({p.sharedItems})</Muted>
        </>
      ),
    },
  ];
  return (
    <Panel>
      <DataTable
        caption="Agreement between rankings"
        columns={columns}
        rows={pairs}
        rowKey={(p) => `${p.a}-${p.b}`}
      />
      <MetricGlossary labels={['Overlap@10', 'Jaccard@10', rboLabel, 'Kendall τ']} />
    </Panel>
  );
}
