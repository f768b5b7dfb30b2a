import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { signInHref } from '~/lib/auth/signInRoutes';
import { serverCaller } from '~/trpc/server';

/** The signed-in user of this request (from the session cookie), or null; asked once per request. */
export const loadViewer = cache(async () => (await serverCaller()).auth.me());

export type Viewer = NonNullable<Awaited<ReturnType<typeof loadViewer>>>;

/** The signed-in user; anyone else is sent to sign in and brought back to `returnTo`. */
export async function requireViewer(returnTo: string): Promise<Viewer> {
  const viewer = await loadViewer();
  if (!viewer) redirect(signInHref(returnTo));
  return viewer;
}
