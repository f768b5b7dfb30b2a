'use client';
import { useState } from 'react';
import type { FacetCounts, StoreInfo } from '~/lib/storefront/apiTypes';
import { minorToMajor } from '~/lib/storefront/money';
import {
  setAttribute,
  setPrice,
  toggleAttributeValue,
  toggleAvailability,
  toggleBrand,
} from '~/lib/storefront/searchEdits';
import {
  AVAILABILITY_LABELS,
  isAvailability,
  type SearchState,
} from '~/lib/storefront/searchState';
import { BooleanFacet } from './BooleanFacet';
import { BrandFacet } from './BrandFacet';
import { CheckboxFacet } from './CheckboxFacet';
import { FacetGroup } from './FacetGroup';
import styles from './Facets.module.css';
import { RangeFacet } from './RangeFacet';

interface Props {
  store: StoreInfo;
  state: SearchState;
  facets: FacetCounts | null;
  onChange: (state: SearchState) => void;
}

const rangeKey = (r: { min?: number | undefined; max?: number | undefined } | null | undefined) =>
  r ? `${r.min ?? ''}..${r.max ?? ''}` : '';

/**
 * Every facet of the current results with live counts. On narrow screens the panel folds away
 * behind a "Filters" button; from tablet width up it is always shown beside the results.
 */
export function FacetPanel({ store, state, facets, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const estimated = facets ? !facets.exhaustive : false;
  const applied =
    state.brands.length +
    state.availability.length +
    (state.price ? 1 : 0) +
    Object.keys(state.attributes).length;
  const priceRange = facets?.price
    ? {
        min: Math.floor(minorToMajor(facets.price.min, store.currency)),
        max: Math.ceil(minorToMajor(facets.price.max, store.currency)),
      }
    : null;
  const groups = [
    (facets?.brand.length || state.brands.length) && (
      <BrandFacet
        key="brand"
        brands={facets?.brand ?? []}
        selected={state.brands}
        onToggle={(b) => onChange(toggleBrand(state, b))}
        estimated={estimated}
      />
    ),
    (priceRange || state.price) && (
      <RangeFacet
        key={`price:${rangeKey(state.price)}`}
        title="Price"
        unit={store.currency}
        applied={state.price}
        available={priceRange}
        allowNegative={false}
        onApply={(range) => onChange(setPrice(state, range))}
      />
    ),
    (facets?.availability.length || state.availability.length) && (
      <FacetGroup key="availability" title="Availability">
        <CheckboxFacet
          options={(facets?.availability ?? []).map((a) => ({
            ...a,
            label: isAvailability(a.value) ? AVAILABILITY_LABELS[a.value] : a.value,
          }))}
          selected={state.availability}
          onToggle={(v) => isAvailability(v) && onChange(toggleAvailability(state, v))}
          noun="options"
          estimated={estimated}
        />
      </FacetGroup>
    ),
    ...store.facetAttributes.map((attribute) => {
      const counts = facets?.attributes[attribute.name];
      const selection = state.attributes[attribute.name];
      // A range with one value, or no values at all, offers nothing to choose.
      const useless = !counts || (!Array.isArray(counts) && counts.min === counts.max);
      if (useless && !selection) return null;
      switch (attribute.kind) {
        case 'text':
          return (
            <FacetGroup key={attribute.name} title={attribute.label}>
              <CheckboxFacet
                options={Array.isArray(counts) ? counts : []}
                selected={selection?.kind === 'text' ? selection.values : []}
                onToggle={(v) => onChange(toggleAttributeValue(state, attribute.name, v))}
                noun="values"
                collapsedCount={6}
                estimated={estimated}
              />
            </FacetGroup>
          );
        case 'numeric': {
          const range = selection?.kind === 'numeric' ? selection.range : null;
          return (
            <RangeFacet
              key={`${attribute.name}:${rangeKey(range)}`}
              title={attribute.label}
              applied={range}
              available={counts && !Array.isArray(counts) ? counts : null}
              allowNegative
              onApply={(r) =>
                onChange(setAttribute(state, attribute.name, r && { kind: 'numeric', range: r }))
              }
            />
          );
        }
        case 'boolean':
          return (
            <BooleanFacet
              key={attribute.name}
              title={attribute.label}
              name={attribute.name}
              value={selection?.kind === 'boolean' ? selection.value : null}
              counts={Array.isArray(counts) ? counts : []}
              estimated={estimated}
              onChange={(value) =>
                onChange(
                  setAttribute(
                    state,
                    attribute.name,
                    value === null ? null : { kind: 'boolean', value },
                  ),
                )
              }
            />
          );
      }
    }),
  ].filter(Boolean);
  if (groups.length === 0) return null;
  return (
    <aside className={styles.panel} aria-label="Filters">
      <button
        type="button"
        className={styles.toggleButton}
        aria-expanded={open}
        aria-controls="facet-groups"
        onClick={() => setOpen(!open)}
      >
        Filters{applied > 0 ? ` (${applied})` : ''}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id="facet-groups" className={styles.groups} data-open={open}>
        {estimated && (
          <p className={styles.estimateNote}>Counts are estimated from a sample of the matches.</p>
        )}
        {groups}
      </div>
    </aside>
  );
}
