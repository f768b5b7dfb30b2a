// How a session travels over HTTP: its token in an HttpOnly cookie, its CSRF token in a cookie the
// page's script reads and echoes in a header on every mutation (double submit, bound to the
// session). The sessions themselves are the platform's (accounts/sessions.ts).
export type { SessionInfo, SessionUser } from '@shopsearch/platform';

export const SESSION_COOKIE = 'ss_session';
export const CSRF_COOKIE = 'ss_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Reads one cookie from a Cookie header. */
export function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return null; // not percent-decodable: no cookie of ours, so nobody is signed in by it
    }
  }
  return null;
}

export function serializeCookie(
  name: string,
  value: string,
  options: { httpOnly: boolean; secure: boolean; expires: Date },
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Lax',
    `Expires=${options.expires.toUTCString()}`,
    options.httpOnly ? 'HttpOnly' : '',
    options.secure ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ');
}
