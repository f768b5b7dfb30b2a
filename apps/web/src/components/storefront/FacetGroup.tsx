import type { ReactNode } from 'react';
import styles from './Facets.module.css';

/** One facet: a labelled group of controls. */
export function FacetGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{title}</legend>
      {children}
    </fieldset>
  );
}
