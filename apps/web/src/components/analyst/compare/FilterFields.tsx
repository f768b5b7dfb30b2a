'use client';
import { useState } from 'react';
import type { CompareDraft } from '~/lib/analyst/compareDraft';
import type { Availability, StoreInfo } from '~/lib/storefront/apiTypes';
import { AVAILABILITY_LABELS, isAvailability } from '~/lib/storefront/searchState';
import workbench from '../Workbench.module.css';
import styles from './FilterFields.module.css';

const AVAILABILITIES = Object.keys(AVAILABILITY_LABELS).filter(isAvailability);

function attributeText(draft: CompareDraft, name: string): string {
  const selection = draft.attributes[name]!;
  if (selection.kind === 'text') return selection.values.join(', ');
  if (selection.kind === 'boolean') return selection.value ? 'yes' : 'no';
  return `${selection.range.min ?? ''} to ${selection.range.max ?? ''}`;
}

/** The filters every ranking of the comparison shares, written as on the storefront. */
export function FilterFields({
  draft,
  store,
  onChange,
}: {
  draft: CompareDraft;
  store: StoreInfo;
  onChange: (patch: Partial<CompareDraft>) => void;
}) {
  const toggle = (a: Availability, on: boolean) =>
    onChange({
      availability: on ? [...draft.availability, a] : draft.availability.filter((x) => x !== a),
    });
  // Open when the link carries filters; after that the analyst opens and closes it.
  const [initiallyOpen] = useState(() => hasAny(draft));
  const attributeNames = Object.keys(draft.attributes);
  const labelOf = (name: string) =>
    store.facetAttributes.find((f) => f.name === name)?.label ?? name;
  return (
    <details className={styles.filters} open={initiallyOpen}>
      <summary className={styles.summary}>Filters</summary>
      <div className={workbench.fields}>
        <label className={`${workbench.field} ${styles.brands}`}>
          <span>
            Brands <span className={workbench.hint}>any of, comma-separated</span>
          </span>
          <input
            className={workbench.input}
            value={draft.brands}
            onChange={(e) => onChange({ brands: e.target.value })}
          />
        </label>
        <label className={workbench.field}>
          Lowest price ({store.currency})
          <input
            className={`${workbench.input} ${workbench.number}`}
            inputMode="decimal"
            value={draft.priceMin}
            onChange={(e) => onChange({ priceMin: e.target.value })}
          />
        </label>
        <label className={workbench.field}>
          Highest price ({store.currency})
          <input
            className={`${workbench.input} ${workbench.number}`}
            inputMode="decimal"
            value={draft.priceMax}
            onChange={(e) => onChange({ priceMax: e.target.value })}
          />
        </label>
        <fieldset className={workbench.fieldset}>
          <legend className={styles.smallLegend}>Availability</legend>
          <div className={styles.checks}>
            {AVAILABILITIES.map((a) => (
              <label key={a} className={workbench.checkbox}>
                <input
                  type="checkbox"
                  checked={draft.availability.includes(a)}
                  onChange={(e) => toggle(a, e.target.checked)}
                />
                {AVAILABILITY_LABELS[a]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {attributeNames.length > 0 && (
        <ul className={styles.attributes} aria-label="Attribute filters from the link">
          {attributeNames.map((name) => (
            <li key={name} className={styles.attribute}>
              {labelOf(name)}: {attributeText(draft, name)}
              <button
                type="button"
                className={styles.removeAttribute}
                aria-label={`Remove the ${labelOf(name)} filter`}
                onClick={() => {
                  const { [name]: _removed, ...rest } = draft.attributes;
                  onChange({ attributes: rest });
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function hasAny(draft: CompareDraft): boolean {
  return (
    draft.brands.trim() !== '' ||
    draft.priceMin !== '' ||
    draft.priceMax !== '' ||
    draft.availability.length > 0 ||
    Object.keys(draft.attributes).length > 0
  );
}
