import { describe, expect, it } from 'vitest';
import { CSRF_COOKIE as API_CSRF_COOKIE, CSRF_HEADER as API_CSRF_HEADER } from '@shopsearch/api';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../src/lib/auth/csrf';
import { safeNextPath, signInHref } from '../src/lib/auth/signInRoutes';

describe('CSRF header', () => {
  it('uses the cookie and header names the API checks', () => {
    expect([CSRF_COOKIE, CSRF_HEADER]).toEqual([API_CSRF_COOKIE, API_CSRF_HEADER]);
  });

  it('reads one cookie among others, decoded', () => {
    const cookies = 'theme=dark; ss_csrf=a%2Bb_c-1; other=x=y';
    expect(readCookie(cookies, 'ss_csrf')).toBe('a+b_c-1');
    expect(readCookie(cookies, 'other')).toBe('x=y');
    expect(readCookie(cookies, 'ss_session')).toBeNull();
    expect(readCookie('ss_csrf=%E0%A4%A', 'ss_csrf')).toBeNull();
  });
});

describe('return path after sign-in', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeNextPath('/analyst/demo/compare?q=mouse&c=lexical')).toBe(
      '/analyst/demo/compare?q=mouse&c=lexical',
    );
  });

  it('refuses other hosts, schemes and the sign-in page itself', () => {
    for (const next of [
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      'analyst',
      '/signin?next=/x',
      '/a\nb',
      '',
      null,
    ]) {
      expect(safeNextPath(next, '/home'), String(next)).toBe('/home');
    }
  });

  it('builds the sign-in link', () => {
    expect(signInHref('/analyst/demo?x=1')).toBe('/signin?next=%2Fanalyst%2Fdemo%3Fx%3D1');
  });
});
