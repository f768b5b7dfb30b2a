import type { ComponentProps } from 'react';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet' | 'link' | 'dangerLink';
export type ButtonSize = 'small' | 'medium' | 'large';

/** The class names of a button's look, for a link that should look like one (`next/link`). */
export function buttonClass(
  variant: ButtonVariant = 'primary',
  size: ButtonSize = 'medium',
  className?: string,
): string {
  const sized = variant === 'link' || variant === 'dangerLink' ? '' : styles[size];
  return [styles[variant], sized, className].filter(Boolean).join(' ');
}

/** A turning circle beside a busy label; hidden from screen readers, which read the label. */
export function Spinner() {
  return <span className={styles.spinner} aria-hidden="true" />;
}

/**
 * A button (type "button" unless given). While `pending` it is disabled, shows a spinner and, if
 * given, `pendingText` instead of its label ("Saving…").
 */
export function Button({
  variant = 'primary',
  size = 'medium',
  pending = false,
  pendingText,
  className,
  type = 'button',
  disabled,
  children,
  ...props
}: ComponentProps<'button'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  pending?: boolean;
  pendingText?: string;
}) {
  return (
    <button
      type={type}
      className={buttonClass(variant, size, className)}
      disabled={disabled || pending}
      {...props}
    >
      {pending && <Spinner />}
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
