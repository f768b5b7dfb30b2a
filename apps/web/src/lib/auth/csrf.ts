// The API's double-submit CSRF check: sign-in sets a readable cookie, and every mutation must echo
// its value in a header. The names mirror @shopsearch/api's (a unit test keeps them in step);
// importing them from there would pull the server's code into the browser bundle.
export const CSRF_COOKIE = 'ss_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** One cookie's value from a `document.cookie`-style string, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The header to send with a request from the browser; none on the server or when signed out. */
export function csrfHeaders(): Record<string, string> {
  if (typeof document === 'undefined') return {};
  const token = readCookie(document.cookie, CSRF_COOKIE);
  return token ? { [CSRF_HEADER]: token } : {};
}
