// Which address and host the forwarding headers are believed to name, by trusted proxy hops.
import { describe, expect, it } from 'vitest';
import { clientAddressOf, requestedHostOf, UNKNOWN_ADDRESS } from '../src/auth/forwarded.ts';

const headers = (values: Record<string, string>) => new Headers(values);

describe('forwarding headers', () => {
  it('reads the client address the outermost trusted proxy added', () => {
    const chain = headers({ 'x-forwarded-for': 'made-up, 203.0.113.9, 10.0.0.2' });
    expect(clientAddressOf(chain, 1)).toBe('10.0.0.2');
    expect(clientAddressOf(chain, 2)).toBe('203.0.113.9');
    // More hops configured than entries: the request came past the proxies; the first entry.
    expect(clientAddressOf(headers({ 'x-forwarded-for': '203.0.113.9' }), 2)).toBe('203.0.113.9');
  });

  it('with no trusted proxy, believes only the single entry Next.js adds', () => {
    expect(clientAddressOf(headers({ 'x-forwarded-for': '127.0.0.1' }), 0)).toBe('127.0.0.1');
    expect(clientAddressOf(headers({ 'x-forwarded-for': '1.2.3.4, 127.0.0.1' }), 0)).toBe(
      UNKNOWN_ADDRESS,
    );
    expect(clientAddressOf(headers({}), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it('reads X-Forwarded-Host only behind a trusted proxy', () => {
    const forged = headers({ host: 'shop.example', 'x-forwarded-host': 'evil.example' });
    expect(requestedHostOf(forged, 0)).toBe('shop.example');
    expect(requestedHostOf(forged, 1)).toBe('evil.example');
  });
});
