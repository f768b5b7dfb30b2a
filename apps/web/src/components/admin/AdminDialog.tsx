'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import styles from './AdminDialog.module.css';

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside, Escape closes it, and
 * focus returns to what opened it. Rendered only while open.
 */
export function AdminDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}
