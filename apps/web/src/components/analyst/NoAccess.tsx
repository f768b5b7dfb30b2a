import Link from 'next/link';
import { signInHref } from '~/lib/auth/signInRoutes';
import { ANALYST_HOME } from '~/lib/analyst/routes';
import styles from './Workbench.module.css';

/** Signed in, but not an analyst of this store: say so plainly and offer the ways out. */
export function NoAccess({
  store,
  email,
  returnTo,
}: {
  store: string;
  email: string;
  returnTo: string;
}) {
  return (
    <section className={styles.panel} aria-labelledby="no-access-heading">
      <h1 id="no-access-heading" className={styles.pageHeading}>
        No analyst access
      </h1>
      <p>
        You are signed in as <strong>{email}</strong>, which is not an analyst of the store “{store}
        ”. Ask the store’s owner for the analyst role, or sign in with another account.
      </p>
      <p className={styles.actions}>
        <Link href={ANALYST_HOME}>Your analyst stores</Link>
        <Link href={signInHref(returnTo)}>Sign in with another account</Link>
      </p>
    </section>
  );
}
