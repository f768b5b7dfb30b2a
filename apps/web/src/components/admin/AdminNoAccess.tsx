import Link from 'next/link';
import { signInHref } from '~/lib/auth/signInRoutes';
import { ADMIN_HOME } from '~/lib/admin/routes';
import admin from './Admin.module.css';

/** Signed in, but not a merchant of this store: say so plainly and offer the ways out. */
export function AdminNoAccess({
  store,
  email,
  returnTo,
}: {
  store: string;
  email: string;
  returnTo: string;
}) {
  return (
    <section className={admin.panel} aria-labelledby="no-access-heading">
      <h1 id="no-access-heading" className={admin.pageHeading}>
        No merchant access
      </h1>
      <p>
        You are signed in as <strong>{email}</strong>, which is not a merchant of the store “{store}
        ”. Ask the store’s owner for the merchant role, or sign in with another account.
      </p>
      <p className={admin.actions}>
        <Link href={ADMIN_HOME}>Your stores</Link>
        <Link href={signInHref(returnTo)}>Sign in with another account</Link>
      </p>
    </section>
  );
}
