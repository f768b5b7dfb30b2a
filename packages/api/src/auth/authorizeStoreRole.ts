// For route handlers outside tRPC (the catalog upload): the checks a store mutation gets through
// tRPC — same site, signed in, CSRF header, role in the store — from the request's headers.
import type { Role } from '@shopsearch/db';
import { assertCsrf, assertSameOrigin, assertSignedIn, storeForRole } from './access.ts';
import { readCookie, SESSION_COOKIE, type SessionInfo } from './sessions.ts';
import { readSession, type PlatformServices, type StoreInfo } from '@shopsearch/platform';

/** The session and store, or a TRPCError (UNAUTHORIZED, FORBIDDEN) saying what is missing. */
export async function authorizeStoreRole(
  services: Pick<PlatformServices, 'prisma' | 'stores' | 'trustedProxyHops'>,
  headers: Headers,
  slug: string,
  role: Role,
): Promise<{ session: SessionInfo; store: StoreInfo }> {
  assertSameOrigin(headers, services.trustedProxyHops);
  const token = readCookie(headers, SESSION_COOKIE);
  const session = assertSignedIn(token ? await readSession(services, token) : null);
  assertCsrf(headers, session);
  return { session, store: await storeForRole(services, session.user, slug, role) };
}
