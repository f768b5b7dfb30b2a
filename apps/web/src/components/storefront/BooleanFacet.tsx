'use client';
import type { ValueCount } from '~/lib/storefront/apiTypes';
import { facetCountLabel } from '~/lib/storefront/facetCount';
import { FacetGroup } from './FacetGroup';
import styles from './Facets.module.css';

const CHOICES = [
  { label: 'Any', value: null },
  { label: 'Yes', value: true },
  { label: 'No', value: false },
] as const;

/** A yes/no attribute as a three-way toggle: any, yes, no (with counts). */
export function BooleanFacet({
  title,
  name,
  value,
  counts,
  estimated,
  onChange,
}: {
  title: string;
  name: string;
  value: boolean | null;
  counts: ValueCount[];
  estimated: boolean;
  onChange: (value: boolean | null) => void;
}) {
  const countOf = (v: boolean) => counts.find((c) => c.value === String(v))?.count ?? 0;
  return (
    <FacetGroup title={title}>
      <div className={styles.toggle}>
        {CHOICES.map((choice) => (
          <label key={choice.label} className={styles.toggleOption}>
            <input
              type="radio"
              name={`facet-${name}`}
              className={styles.toggleInput}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>
              {choice.label}
              {choice.value !== null && (
                <span className={styles.count}>
                  {' '}
                  {facetCountLabel(countOf(choice.value), estimated)}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
    </FacetGroup>
  );
}
