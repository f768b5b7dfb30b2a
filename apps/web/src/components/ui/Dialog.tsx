'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import styles from './Dialog.module.css';
import { Actions } from './Page';
import { Problem } from './Notice';

/**
 * A modal dialog on the native <dialog>: the browser keeps focus inside, Escape closes it, and
 * focus returns to what opened it. Rendered only while open.
 */
export function Dialog({
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

/**
 * Asks before something that cannot be undone: what will happen (the children), the refusal if
 * the action failed, the action as a danger button and Cancel, which has the focus.
 */
export function ConfirmDialog({
  title,
  action,
  pendingText,
  pending,
  problem,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  /** The danger button's label ("Delete product"). */
  action: string;
  pendingText: string;
  pending: boolean;
  problem: string;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      <Problem>{problem}</Problem>
      <Actions>
        <Button variant="danger" pending={pending} pendingText={pendingText} onClick={onConfirm}>
          {action}
        </Button>
        <Button variant="secondary" onClick={onClose} autoFocus>
          Cancel
        </Button>
      </Actions>
    </Dialog>
  );
}
