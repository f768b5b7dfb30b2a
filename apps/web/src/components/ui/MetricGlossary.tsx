import { metricDefinition, type MetricDefinition } from '@shopsearch/eval/definitions';
import { Fragment, type ReactNode } from 'react';
import styles from './MetricGlossary.module.css';

/** "Range 0 to 1 (1 = ideal order); higher is better." */
export function rangeSentence(d: MetricDefinition): string {
  const direction = d.better === 'higher' ? 'higher is better' : 'higher means more alike';
  return `Range ${d.range}; ${direction}.`;
}

/** A metric's name (a column header) whose definition shows on hover; plain text if unknown. */
export function MetricTerm({ label, children }: { label: string; children?: ReactNode }) {
  const d = metricDefinition(label);
  if (!d) return <>{children ?? label}</>;
  return (
    <span className={styles.term} title={`${d.measures}. ${rangeSentence(d)}`}>
      {children ?? label}
    </span>
  );
}

/**
 * What each number in a table measures, its range and which way is better: a collapsed list under
 * the table, so the definitions are one click away on touch screens too (hover titles are not).
 */
export function MetricGlossary({ labels }: { labels: readonly string[] }) {
  const known = labels.flatMap((label) => {
    const d = metricDefinition(label);
    return d ? [{ label, d }] : [];
  });
  if (known.length === 0) return null;
  return (
    <details className={styles.glossary}>
      <summary>What these numbers mean</summary>
      <dl className={styles.list}>
        {known.map(({ label, d }) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>
              {d.measures}. {rangeSentence(d)}
            </dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}
