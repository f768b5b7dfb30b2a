import { useId } from 'react';
import { LabelOptions } from '~/components/ui';
import type { SortOrder } from '~/lib/storefront/apiTypes';
import { SORT_LABELS } from '~/lib/storefront/searchState';
import styles from './SearchToolbar.module.css';

export function SortSelect({
  value,
  onChange,
}: {
  value: SortOrder;
  onChange: (sort: SortOrder) => void;
}) {
  const id = useId();
  return (
    <div className={styles.sort}>
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        className={styles.select}
        value={value}
        onChange={(e) => onChange(e.target.value as SortOrder)}
      >
        <LabelOptions labels={SORT_LABELS} />
      </select>
    </div>
  );
}
