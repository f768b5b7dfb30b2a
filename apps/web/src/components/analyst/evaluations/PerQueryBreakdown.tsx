'use client';
import { useState } from 'react';
import type { EvaluationRun } from '~/lib/analyst/apiTypes';
import { perQueryRows, tallyDeltas } from '~/lib/analyst/perQuery';
import { Field } from '../Field';
import workbench from '../Workbench.module.css';
import { DeltaChart } from './DeltaChart';
import { PerQueryTable } from './PerQueryTable';
import styles from './RunReport.module.css';

/**
 * Which queries each configuration improved or regressed against the first, and by how much:
 * counts, a diverging chart for one chosen configuration, and the full sortable table.
 */
export function PerQueryBreakdown({ run }: { run: EvaluationRun }) {
  const rows = perQueryRows(run);
  const [baseline, ...others] = run.results;
  const [chosen, setChosen] = useState(0);
  if (!baseline || others.length === 0) {
    return (
      <section className={workbench.panel}>
        <h2 className={workbench.sectionHeading}>Per query</h2>
        <p className={workbench.muted}>
          With one configuration there is nothing to compare per query: run two or more.
        </p>
      </section>
    );
  }
  return (
    <section className={workbench.panel} aria-labelledby="per-query-heading">
      <h2 id="per-query-heading" className={workbench.sectionHeading}>
        Per query: nDCG@10 against {baseline.label}
      </h2>
      <ul className={styles.tallies}>
        {others.map((o, i) => {
          const t = tallyDeltas(rows, i);
          return (
            <li key={i}>
              <strong>{o.label}</strong>:{' '}
              <span className={workbench.positive}>{t.improved} improved</span>,{' '}
              <span className={workbench.negative}>{t.regressed} regressed</span>, {t.unchanged}{' '}
              unchanged
              {t.undefined > 0 && `, ${t.undefined} without a relevant judgment`}
            </li>
          );
        })}
      </ul>
      {others.length > 1 && (
        <Field label="Chart the changes of" className={styles.chooser}>
          {(id) => (
            <select
              id={id}
              className={workbench.select}
              value={chosen}
              onChange={(e) => setChosen(Number(e.target.value))}
            >
              {others.map((o, i) => (
                <option key={i} value={i}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <DeltaChart
        rows={rows}
        index={chosen}
        label={others[chosen]?.label ?? ''}
        baseline={baseline.label}
      />
      <PerQueryTable rows={rows} baseline={baseline.label} others={others.map((o) => o.label)} />
    </section>
  );
}
