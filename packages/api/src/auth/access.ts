// The checks behind every protected call, in one place: tRPC's procedures and the route handlers
// outside tRPC (catalog upload) use the same functions, so they cannot drift apart.
import { TRPCError } from '@trpc/server';
import type { Role } from '@shopsearch/db';
import { requestedHostOf } from './forwarded.ts';
import { CSRF_HEADER, type SessionInfo, type SessionUser } from './sessions.ts';
import type { PlatformServices, StoreInfo } from '@shopsearch/platform';

/**
 * A browser's state-changing request must come from this site: a cross-site Origin is refused, and
 * so is an opaque one ("null", from a sandboxed frame or a file) or one that is not a URL at all.
 * The host asked for is X-Forwarded-Host only behind trusted proxies; a client's own is ignored.
 */
export function assertSameOrigin(headers: Headers, trustedProxyHops: number): void {
  const origin = headers.get('origin');
  const host = requestedHostOf(headers, trustedProxyHops);
  if (origin && host && originHost(origin) !== host) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Cross-site requests are not allowed.' });
  }
}

function originHost(origin: string): string | null {
  return URL.canParse(origin) ? new URL(origin).host : null;
}

/** The session, or UNAUTHORIZED. */
export function assertSignedIn(session: SessionInfo | null): SessionInfo {
  if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  return session;
}

/** A state-changing request must echo the session's CSRF token in a header (double submit). */
export function assertCsrf(headers: Headers, session: SessionInfo): void {
  if (headers.get(CSRF_HEADER) !== session.csrfToken) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'This request could not be verified. Reload the page and try again.',
    });
  }
}

/**
 * The store named `slug` when the user holds `role` there (platform administrators may act in
 * any store); FORBIDDEN otherwise, with the same answer for "no such store" and "not yours", so
 * store names are not disclosed.
 */
export async function storeForRole(
  services: Pick<PlatformServices, 'stores'>,
  user: SessionUser,
  slug: string,
  role: Role,
): Promise<StoreInfo> {
  const allowed =
    user.isPlatformAdmin || user.memberships.some((m) => m.storeSlug === slug && m.role === role);
  const store = allowed ? await services.stores.bySlug(slug) : null;
  if (!store) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `You do not have ${role} access to this store.`,
    });
  }
  return store;
}
