import type { Metadata } from 'next';
import { SignInForm } from '~/components/auth/SignInForm';
import { WorkspaceFrame } from '~/components/workspace/WorkspaceFrame';
import { safeNextPath } from '~/lib/auth/signInRoutes';
import { loadViewer } from '~/server/auth/viewer';

export const metadata: Metadata = { title: 'Sign in · Shopsearch' };

interface Props {
  searchParams: Promise<{ next?: string | string[] }>;
}

/** Sign-in for merchants, analysts and administrators; `?next=/path` returns there afterwards. */
export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const viewer = await loadViewer();
  return (
    <WorkspaceFrame viewer={viewer}>
      <SignInForm
        next={safeNextPath(typeof next === 'string' ? next : null)}
        signedInAs={viewer?.email ?? null}
      />
    </WorkspaceFrame>
  );
}
