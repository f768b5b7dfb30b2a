import { NextResponse, type NextRequest } from 'next/server';
import {
  isVisitorId,
  newVisitorId,
  VISITOR_COOKIE,
  VISITOR_MAX_AGE_S,
} from '~/lib/storefront/visitorCookie';

/**
 * A path that does not percent-decode (`/p/%E0%A4%A`, a stray `%`) names no page here. Next
 * answers it with a 500 when it decodes a dynamic segment (Next.js issue 92527, open), so it is
 * answered first, with the not-found page.
 *
 * A storefront page gives a visitor without one a visitor id (visitorCookie.ts), on the request
 * too, so the first page rendered on the server already belongs to an experiment's visitor.
 */
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  }
  const { pathname } = request.nextUrl;
  if (pathname !== '/' && !pathname.startsWith('/s/')) return NextResponse.next();
  if (isVisitorId(request.cookies.get(VISITOR_COOKIE)?.value)) return NextResponse.next();
  const visitor = newVisitorId();
  request.cookies.set(VISITOR_COOKIE, visitor);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(VISITOR_COOKIE, visitor, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:',
    path: '/',
    maxAge: VISITOR_MAX_AGE_S,
  });
  return response;
}

// The routes with dynamic segments and the front page (the default store's search); the API and
// built assets skip this step. Plain patterns, since Next would decode named parameters.
export const config = { matcher: ['/', '/(s|p|admin|analyst)/(.*)'] };
