import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path that does not percent-decode (`/p/%E0%A4%A`, a stray `%`) names no page here. Next
 * answers it with a 500 when it decodes a dynamic segment (Next.js issue 92527, open), so it is
 * answered first, with the not-found page.
 */
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.rewrite(new URL('/_not-found', request.url), { status: 404 });
  }
}

// Only the routes with dynamic segments (the front page, the API and built assets skip this
// step); a plain pattern, since Next would decode named parameters.
export const config = { matcher: '/(s|p|admin|analyst)/(.*)' };
