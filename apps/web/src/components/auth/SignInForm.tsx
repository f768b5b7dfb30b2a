'use client';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { errorCode } from '~/lib/storefront/displayError';
import { useTRPC } from '~/trpc/react';
import { Button, InputField, Problem } from '~/components/ui';
import styles from './SignInForm.module.css';
import { useHydrated } from './useHydrated';

const SHOWN_AS_IS = new Set(['UNAUTHORIZED', 'TOO_MANY_REQUESTS', 'BAD_REQUEST']);

function failureMessage(error: unknown): string {
  const code = errorCode(error);
  return code && SHOWN_AS_IS.has(code) && error instanceof Error
    ? error.message
    : 'Signing in did not work just now. Please try again.';
}

/** Email and password; on success a full page load of `next`, rendered with the new session. */
export function SignInForm({ next, signedInAs }: { next: string; signedInAs: string | null }) {
  const trpc = useTRPC();
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({ onSuccess: () => window.location.assign(next) }),
  );
  const busy = signIn.isPending || signIn.isSuccess;
  // Until the script runs, a submit would be the browser's own GET with the password in the URL.
  const hydrated = useHydrated();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Read from the form, not from state: what was typed before the script ran counts too.
    const form = new FormData(event.currentTarget);
    signIn.mutate({ email: String(form.get('email')), password: String(form.get('password')) });
  };

  return (
    <div className={styles.card}>
      <h1 className={styles.title}>Sign in</h1>
      {signedInAs && (
        <p className={styles.current}>
          You are signed in as <strong>{signedInAs}</strong>. Signing in again switches account.
        </p>
      )}
      <form className={styles.form} onSubmit={onSubmit}>
        <InputField label="Email" type="email" name="email" autoComplete="username" required />
        <InputField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
        />
        <Problem>{signIn.isError ? failureMessage(signIn.error) : ''}</Problem>
        <Button
          type="submit"
          size="large"
          pending={busy}
          pendingText="Signing in…"
          disabled={!hydrated}
        >
          Sign in
        </Button>
      </form>
    </div>
  );
}
