'use client';
import { Button } from '~/components/ui';
import styles from './status-page.module.css';

/** Anything a page could not render: one calm sentence and a retry, never a stack trace. */
export default function PageError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className={styles.page}>
      <h1>Something went wrong</h1>
      <p>This page could not be loaded just now. Please try again in a moment.</p>
      <p>
        <Button onClick={reset}>Try again</Button>
      </p>
    </main>
  );
}
