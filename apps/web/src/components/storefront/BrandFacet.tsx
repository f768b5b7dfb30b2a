'use client';
import { useState } from 'react';
import type { ValueCount } from '~/lib/storefront/apiTypes';
import { CheckboxFacet } from './CheckboxFacet';
import { FacetGroup } from './FacetGroup';
import styles from './Facets.module.css';

const SEARCHABLE_FROM = 8;

/** Brands with counts, with a box to find one in a long list. */
export function BrandFacet({
  brands,
  selected,
  onToggle,
  estimated,
}: {
  brands: ValueCount[];
  selected: string[];
  onToggle: (brand: string) => void;
  estimated: boolean;
}) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const matching = needle ? brands.filter((b) => b.value.toLowerCase().includes(needle)) : brands;
  return (
    <FacetGroup title="Brand">
      {brands.length > SEARCHABLE_FROM && (
        <input
          type="search"
          className={styles.filterInput}
          aria-label="Find a brand"
          placeholder="Find a brand"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      {matching.length === 0 && needle ? (
        <p className={styles.empty}>No brand matches “{filter.trim()}”.</p>
      ) : (
        <CheckboxFacet
          options={matching}
          selected={selected}
          onToggle={onToggle}
          noun="brands"
          estimated={estimated}
          collapsedCount={needle ? Number.POSITIVE_INFINITY : SEARCHABLE_FROM}
        />
      )}
    </FacetGroup>
  );
}
