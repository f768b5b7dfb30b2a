import Link from 'next/link';
import { signInHref } from '~/lib/auth/signInRoutes';
import { Actions, PageHeader, Panel } from '~/components/ui';

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
    <Panel as="section" aria-labelledby="no-access-heading">
      <PageHeader id="no-access-heading" title={`No ${role} access`} />
      <p>
        You are signed in as <strong>{email}</strong>, which is not {article} {role} of the store “
        {store}”. Ask the store’s owner for the {role} role, or sign in with another account.
      </p>
      <Actions>
        <Link href={home.href}>{home.label}</Link>
        <Link href={signInHref(returnTo)}>Sign in with another account</Link>
      </Actions>
    </Panel>
  );
}
