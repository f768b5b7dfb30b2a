'use client';
import { useState } from 'react';
import { MetricGlossary, Muted, Section, SelectField } from '~/components/ui';
import type { EvaluationRun } from '~/lib/analyst/apiTypes';
import { compareRunQuery, serializeCompareState } from '~/lib/analyst/compareState';
import { perQueryRows, tallyDeltas } from '~/lib/analyst/perQuery';
import { sectionHref } from '~/lib/analyst/routes';
import { DeltaChart } from './DeltaChart';
import { PerQueryTable } from './PerQueryTable';
import styles from './RunReport.module.css';

/**
 * Which queries each configuration improved or regressed against the first, and by how much:
 * counts, a diverging chart for one chosen configuration, and the full sortable table.
 */
export function PerQueryBreakdown({
  run,
  store,
  notes,
}: {
  run: EvaluationRun;
  store: string;
  /** The run's judgment set's notes by query. */
  notes: Record<string, string>;
}) {
  const rows = perQueryRows(run);
  const [baseline, ...others] = run.results;
  const [chosen, setChosen] = useState(0);
  if (!baseline || others.length === 0) {
    return (
      <Section title="Per query">
        <Muted>
          With one configuration there is nothing to compare per query: run two or more.
        </Muted>
      </Section>
    );
  }
  return (
    <Section title={`Per query: nDCG@10 against ${baseline.label}`} headingId="per-query-heading">
      <ul className={styles.tallies}>
        {others.map((o, i) => {
          const t = tallyDeltas(rows, i);
          return (
            <li key={i}>
              <strong>{o.label}</strong>:{' '}
              <span className={styles.positive}>{t.improved} improved</span>,{' '}
              <span className={styles.negative}>{t.regressed} regressed</span>, {t.unchanged}{' '}
              unchanged
              {t.undefined > 0 && `, ${t.undefined} without a relevant judgment`}
            </li>
          );
        })}
      </ul>
      {others.length > 1 && (
        <SelectField
          label="Chart the changes of"
          className={styles.chooser}
          value={chosen}
          onChange={(e) => setChosen(Number(e.target.value))}
        >
          {others.map((o, i) => (
            <option key={i} value={i}>
              {o.label}
            </option>
          ))}
        </SelectField>
      )}
      <DeltaChart
        rows={rows}
        index={chosen}
        label={others[chosen]?.label ?? ''}
        baseline={baseline.label}
      />
      <PerQueryTable
        rows={rows}
        baseline={baseline.label}
        others={others.map((o) => o.label)}
        notes={notes}
        store={store}
        setId={run.judgmentSet.id}
        compareHref={(query) =>
          sectionHref(store, 'compare', serializeCompareState(compareRunQuery(run, query)))
        }
      />
      <MetricGlossary labels={baseline.metricLabels.slice(0, 1)} />
    </Section>
  );
}
