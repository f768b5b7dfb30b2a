'use client';
import { useId, type ReactNode } from 'react';
import admin from './Admin.module.css';

/** What a labelled control needs: its id, and the hint and error it is described by. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A label, its control, an optional hint, and the field's error right below it. The control is
 * tied to both by aria-describedby and marked aria-invalid while there is an error.
 */
export function AdminField({
  label,
  hint,
  error,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={[admin.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span id={hintId} className={admin.hint}>
          {hint}
        </span>
      )}
      {error && (
        <p id={errorId} className={admin.fieldError}>
          {error}
        </p>
      )}
    </div>
  );
}
