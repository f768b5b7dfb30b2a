// auth.signOut: ends the session (the platform's deleteSession) and clears both cookies.
import { deleteSession } from '@shopsearch/platform';
import type { Call } from '../handlerCall.ts';
import { CSRF_COOKIE, readCookie, serializeCookie, SESSION_COOKIE } from '../../auth/sessions.ts';

const EXPIRED = new Date(0);

export async function signOutHandler({ ctx }: Call): Promise<{ signedOut: true }> {
  const token = readCookie(ctx.headers, SESSION_COOKIE);
  if (token) await deleteSession(ctx.services, token);
  const secure = ctx.services.secureCookies;
  ctx.setCookie(serializeCookie(SESSION_COOKIE, '', { httpOnly: true, secure, expires: EXPIRED }));
  ctx.setCookie(serializeCookie(CSRF_COOKIE, '', { httpOnly: false, secure, expires: EXPIRED }));
  return { signedOut: true };
}
