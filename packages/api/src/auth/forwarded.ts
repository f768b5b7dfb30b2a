// What the forwarding headers may be believed about. A reverse proxy appends the address it
// received the request from to X-Forwarded-For and names the host the browser asked for in
// X-Forwarded-Host; a client can send both headers too. Only the entries added by the configured
// number of trusted proxies (`trustedProxyHops`) are read.
//
// Next.js (`next start`) puts the connection's address in X-Forwarded-For, but only when the
// request has none: with no trusted proxy, a single entry is that address or one the client made
// up, which cannot be told apart here. So a deployment open to the internet should run behind a
// proxy that sets the header, with TRUSTED_PROXY_HOPS set to match (see the README).

/** Every request with no address that can be believed shares this one. */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The client's address: with `hops` trusted proxies, the entry the outermost one added (the
 * `hops`-th from the right; anything left of it was written by the client). With none, the one
 * entry Next.js adds; a longer list was written by the client and is not believed.
 */
export function clientAddressOf(headers: Headers, trustedProxyHops: number): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (trustedProxyHops === 0) return chain.length === 1 ? chain[0]! : UNKNOWN_ADDRESS;
  return chain.at(-trustedProxyHops) ?? chain[0] ?? UNKNOWN_ADDRESS;
}

/** The host the browser asked for: X-Forwarded-Host only when a trusted proxy set it. */
export function requestedHostOf(headers: Headers, trustedProxyHops: number): string | null {
  const forwarded = trustedProxyHops > 0 ? headers.get('x-forwarded-host') : null;
  // A proxy chain may list one host per hop; the first is the one the browser asked for.
  return forwarded?.split(',')[0]?.trim() || headers.get('host');
}
