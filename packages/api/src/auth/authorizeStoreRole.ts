// For route handlers outside tRPC (the catalog upload): the checks a store mutation gets through
// tRPC — same site, signed in, CSRF header, role in the store — from the request's headers.
import type { Role } from '@shopsearch/db';
import type { ApiServices } from '../services.ts';
import type { StoreInfo } from '../stores.ts';
import { assertCsrf, assertSameOrigin, assertSignedIn, storeForRole } from './access.ts';
import { readCookie, readSession, SESSION_COOKIE, type SessionInfo } from './sessions.ts';

/** The session and store, or a TRPCError (UNAUTHORIZED, FORBIDDEN) saying what is missing. */
export async function authorizeStoreRole(
  services: Pick<ApiServices, 'prisma' | 'stores'>,
  headers: Headers,
  slug: string,
  role: Role,
): Promise<{ session: SessionInfo; store: StoreInfo }> {
  assertSameOrigin(headers);
  const token = readCookie(headers, SESSION_COOKIE);
  const session = assertSignedIn(token ? await readSession(services.prisma, token) : null);
  assertCsrf(headers, session);
  return { session, store: await storeForRole(services, session.user, slug, role) };
}
