import Link from 'next/link';
import { signInHref } from '~/lib/auth/signInRoutes';
import workspace from './Workspace.module.css';

/** Signed in, but without the role this store's page needs: say so plainly and offer the ways out. */
export function NoStoreAccess({
  role,
  store,
  email,
  returnTo,
  home,
}: {
  role: 'merchant' | 'analyst';
  store: string;
  email: string;
  returnTo: string;
  /** The area's list of the user's own stores. */
  home: { label: string; href: string };
}) {
  const article = role === 'analyst' ? 'an' : 'a';
  return (
    <section className={workspace.panel} aria-labelledby="no-access-heading">
      <h1 id="no-access-heading" className={workspace.pageHeading}>
        No {role} access
      </h1>
      <p>
        You are signed in as <strong>{email}</strong>, which is not {article} {role} of the store “
        {store}”. Ask the store’s owner for the {role} role, or sign in with another account.
      </p>
      <p className={workspace.actions}>
        <Link href={home.href}>{home.label}</Link>
        <Link href={signInHref(returnTo)}>Sign in with another account</Link>
      </p>
    </section>
  );
}
