'use client';
import { useId, type ReactNode } from 'react';
import workbench from './Workbench.module.css';

/**
 * A label and its control, tied by id rather than by nesting: a select nested in its label would
 * take its chosen option into the label's text.
 */
export function Field({
  label,
  hint,
  className,
  children,
}: {
  label: ReactNode;
  hint?: string;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `${workbench.field} ${className}` : workbench.field}>
      <label htmlFor={id}>
        {label}
        {hint && <span className={workbench.hint}> {hint}</span>}
      </label>
      {children(id)}
    </div>
  );
}
