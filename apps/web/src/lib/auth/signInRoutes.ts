// Where sign-in sends people back to. Only paths on this site are followed: a `next` that names
// another host (`//evil.example`, `https://…`, `/\evil`) or the sign-in page itself falls back.
export const SIGN_IN_PATH = '/signin';

const BASE = 'http://same.site';

export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return fallback;
  }
  if ([...raw].some((c) => c.charCodeAt(0) < 0x20)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname === SIGN_IN_PATH) return fallback;
  return url.pathname + url.search + url.hash;
}

/** The sign-in page, returning to `next` afterwards. */
export function signInHref(next: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: safeNextPath(next) })}`;
}
