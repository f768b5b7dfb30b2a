// Signed-in callers for API tests: users with roles in stores, sessions through auth.signIn, and
// contexts that carry the session cookie and CSRF header as a browser would.
import type { PrismaClient, Role } from '@shopsearch/db';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../src/auth/sessions.ts';
import { createApiContext } from '../src/context.ts';
import { createCaller } from '../src/root.ts';
import { hashPassword, type PlatformServices } from '@shopsearch/platform';

export const PASSWORD = 'correct horse battery staple';

export async function addUser(
  prisma: PrismaClient,
  email: string,
  roles: { storeId: number; role: Role }[],
  isPlatformAdmin = false,
): Promise<number> {
  const user = await prisma.user.create({
    data: { email, passwordHash: await hashPassword(PASSWORD), isPlatformAdmin },
  });
  if (roles.length)
    await prisma.storeMembership.createMany({
      data: roles.map((r) => ({ userId: user.id, ...r })),
    });
  return user.id;
}

export function callerWith(
  services: PlatformServices,
  headers: Record<string, string> = {},
  cookies: string[] = [],
  clientAddress = '10.0.0.1',
) {
  return createCaller(
    createApiContext({
      services,
      headers: new Headers(headers),
      setCookie: (c) => cookies.push(c),
      clientAddress,
    }),
  );
}

/** Signs in and returns a caller that sends the session cookie and CSRF token like the web app. */
export async function signedIn(services: PlatformServices, email: string) {
  const cookies: string[] = [];
  await callerWith(services, {}, cookies).auth.signIn({ email, password: PASSWORD });
  const value = (name: string) =>
    cookies
      .find((c) => c.startsWith(`${name}=`))!
      .split(';')[0]!
      .split('=')[1]!;
  const session = value(SESSION_COOKIE);
  const csrf = value(CSRF_COOKIE);
  /** What the browser sends with each request: both cookies and the CSRF header. */
  const headers = {
    cookie: `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf}`,
    [CSRF_HEADER]: csrf,
  };
  return {
    session,
    csrf,
    headers,
    caller: callerWith(services, headers),
    /** The same session without the CSRF header (a forged cross-site form post). */
    withoutCsrf: callerWith(services, { cookie: `${SESSION_COOKIE}=${session}` }),
  };
}

export async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}
