'use client';
import { useState } from 'react';
import type { CompareDraft } from '~/lib/analyst/compareDraft';
import type { Availability, StoreInfo } from '~/lib/storefront/apiTypes';
import { AVAILABILITY_LABELS, isAvailability } from '~/lib/storefront/searchState';
import { Choice, FieldRow, Fieldset, InputField } from '~/components/ui';
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
      <FieldRow alignEnd>
        <InputField
          label="Brands"
          labelNote="any of, comma-separated"
          className={styles.brands}
          value={draft.brands}
          onChange={(e) => onChange({ brands: e.target.value })}
        />
        {(['priceMin', 'priceMax'] as const).map((key) => (
          <InputField
            key={key}
            label={`${key === 'priceMin' ? 'Lowest' : 'Highest'} price (${store.currency})`}
            controlClassName={styles.price}
            inputMode="decimal"
            value={draft[key]}
            onChange={(e) => onChange({ [key]: e.target.value })}
          />
        ))}
        <Fieldset legend="Availability">
          <div className={styles.checks}>
            {AVAILABILITIES.map((a) => (
              <Choice
                key={a}
                type="checkbox"
                label={AVAILABILITY_LABELS[a]}
                checked={draft.availability.includes(a)}
                onChange={(e) => toggle(a, e.target.checked)}
              />
            ))}
          </div>
        </Fieldset>
      </FieldRow>
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
