// Server components call procedures directly (no HTTP) with the incoming request's headers.
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { createApiContext, createCaller } from '@shopsearch/api';
import { getPlatform } from '~/server/platform';

export const serverCaller = cache(async () => {
  const { services } = await getPlatform();
  const incoming = new Headers(await headers());
  incoming.set('x-trpc-source', 'rsc');
  // Server components cannot set cookies; procedures that do are called from the browser.
  return createCaller(createApiContext({ services, headers: incoming, setCookie: () => {} }));
});
