'use client';
import { useState } from 'react';
import type { ValueCount } from '~/lib/storefront/apiTypes';
import { facetCountLabel } from '~/lib/storefront/facetCount';
import styles from './Facets.module.css';

export interface CheckboxOption extends ValueCount {
  label?: string;
}

/**
 * Values with their counts, any number checked. Long lists show their first values and a button
 * for the rest; checked values are always shown, even when the current results have none of them.
 */
export function CheckboxFacet({
  options,
  selected,
  onToggle,
  collapsedCount = 8,
  noun,
  estimated = false,
}: {
  options: CheckboxOption[];
  selected: string[];
  onToggle: (value: string) => void;
  collapsedCount?: number;
  noun: string;
  /** The counts are estimates (FacetCounts.exhaustive is false). */
  estimated?: boolean;
}) {
  const [expanded, setExpanded] = useState(false);
  const missing = selected
    .filter((v) => !options.some((o) => o.value === v))
    .map((value) => ({ value, count: 0 }));
  const all: CheckboxOption[] = [...missing, ...options];
  const shown = expanded
    ? all
    : all.filter((o, i) => i < collapsedCount || selected.includes(o.value));
  return (
    <>
      <ul className={styles.options}>
        {shown.map((o) => (
          <li key={o.value}>
            <label className={styles.option}>
              <input
                type="checkbox"
                className={styles.checkbox}
                checked={selected.includes(o.value)}
                onChange={() => onToggle(o.value)}
              />
              <span className={styles.optionLabel}>{o.label ?? o.value}</span>
              <span className={styles.count}>{facetCountLabel(o.count, estimated)}</span>
            </label>
          </li>
        ))}
      </ul>
      {all.length > collapsedCount && (
        <button
          type="button"
          className={styles.more}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? `Show fewer ${noun}` : `Show all ${all.length} ${noun}`}
        </button>
      )}
    </>
  );
}
