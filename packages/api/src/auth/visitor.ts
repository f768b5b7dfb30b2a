// The storefront's visitor id: random, in an HttpOnly cookie the web app sets for a day and does
// not renew, so it rotates daily. It names no person (no address, no account); interleaving
// experiments use it to keep a visitor's pages stable and to tie a click to its impression.
import { readCookie } from './sessions.ts';

export const VISITOR_COOKIE = 'ss_visitor';

export function visitorIdOf(headers: Headers): string | null {
  return readCookie(headers, VISITOR_COOKIE);
}
