// Server components call procedures directly (no HTTP) with the incoming request's headers, through
// the caller kept with the platform (see getPlatformServer).
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getPlatformServer } from '~/server/platform';

export const serverCaller = cache(async () => {
  const { platform, api } = await getPlatformServer();
  const incoming = new Headers(await headers());
  incoming.set('x-trpc-source', 'rsc');
  // Server components cannot set cookies; procedures that do are called from the browser.
  return api.createCaller(
    api.createApiContext({ services: platform.services, headers: incoming, setCookie: () => {} }),
  );
});
