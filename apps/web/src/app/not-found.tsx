import Link from 'next/link';
import styles from './status-page.module.css';

export default function NotFound() {
  return (
    <main id="main" className={styles.page}>
      <h1>We could not find that page</h1>
      <p>The store or product may have moved, or the link may be mistyped.</p>
      <p>
        <Link href="/">Go to the shop’s front page</Link>
      </p>
    </main>
  );
}
