// The storefront's visitor id (read by the API's search and click procedures as `ss_visitor`): a
// random value in an HttpOnly cookie that lives one day and is not renewed, so it rotates daily.
// It names no person; interleaving experiments use it to keep a visitor's pages stable.
export const VISITOR_COOKIE = 'ss_visitor';
export const VISITOR_MAX_AGE_S = 86_400;
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

export function isVisitorId(value: string | undefined): value is string {
  return value !== undefined && VALID.test(value);
}

/** 128 random bits, base64url. */
export function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}
