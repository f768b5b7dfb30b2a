// Builds the per-request context from the web request: the session is read lazily, so anonymous
// searches never touch the session table.
import { readCookie, SESSION_COOKIE, type SessionInfo } from './auth/sessions.ts';
import { clientAddressOf } from './auth/forwarded.ts';
import type { ApiContext } from './trpc.ts';
import { readSession, type PlatformServices } from '@shopsearch/platform';

export function createApiContext(options: {
  services: PlatformServices;
  headers: Headers;
  setCookie: (cookie: string) => void;
  clientAddress?: string;
}): ApiContext {
  let session: Promise<SessionInfo | null> | undefined;
  return {
    services: options.services,
    headers: options.headers,
    setCookie: options.setCookie,
    clientAddress:
      options.clientAddress ?? clientAddressOf(options.headers, options.services.trustedProxyHops),
    getSession: () => {
      const token = readCookie(options.headers, SESSION_COOKIE);
      session ??= token ? readSession(options.services, token) : Promise.resolve(null);
      return session;
    },
  };
}
