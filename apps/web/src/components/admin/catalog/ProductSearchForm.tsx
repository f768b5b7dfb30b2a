'use client';
import { useId, useState, type FormEvent } from 'react';
import admin from '../Admin.module.css';
import styles from './ProductSearchForm.module.css';

/** Finds products by id, SKU, title or brand. */
export function ProductSearchForm({
  initial,
  onSearch,
}: {
  initial: string;
  onSearch: (query: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" className={styles.form} onSubmit={onSubmit}>
      <label htmlFor={id} className={styles.label}>
        Find products
      </label>
      <input
        id={id}
        type="search"
        className={`${admin.input} ${styles.input}`}
        placeholder="Id, SKU, title or brand"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className={admin.button}>
        Search
      </button>
    </form>
  );
}
