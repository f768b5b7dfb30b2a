'use client';
import { useMutation } from '@tanstack/react-query';
import { Button } from '~/components/ui';
import { SIGN_IN_PATH } from '~/lib/auth/signInRoutes';
import { useTRPC } from '~/trpc/react';
import styles from './AccountMenu.module.css';

/** "Signed in as …" and a sign-out button, for the header of pages behind sign-in. */
export function AccountMenu({ email }: { email: string }) {
  const trpc = useTRPC();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      // A full load, so no page keeps showing what the session could see.
      onSettled: () => window.location.assign(SIGN_IN_PATH),
    }),
  );
  return (
    <div className={styles.menu}>
      <span className={styles.who}>
        Signed in as <strong className={styles.email}>{email}</strong>
      </span>
      <Button
        variant="quiet"
        size="small"
        className={styles.signOut}
        onClick={() => signOut.mutate()}
        pending={signOut.isPending}
        pendingText="Signing out…"
      >
        Sign out
      </Button>
    </div>
  );
}
