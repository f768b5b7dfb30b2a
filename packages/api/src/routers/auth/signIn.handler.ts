// auth.signIn: checks the password, starts a session, sets the cookies. Wrong email and wrong
// password get the same answer after the same hashing work, and both count as failures for the
// sign-in throttle (see @shopsearch/platform's README for the policy).
import { TRPCError } from '@trpc/server';
import {
  createSession,
  CSRF_COOKIE,
  readSession,
  serializeCookie,
  SESSION_COOKIE,
  type SessionUser,
} from '../../auth/sessions.ts';
import type { ApiContext } from '../../trpc.ts';
import type { TSignInInputSchema } from './signIn.schema.ts';
import { LoginRateLimitedError, verifyPasswordOrDummy } from '@shopsearch/platform';

export async function signInHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TSignInInputSchema;
}): Promise<SessionUser> {
  const { prisma, loginThrottle, secureCookies } = ctx.services;
  throttle(ctx, input.email);
  const user = await prisma.user.findUnique({ where: { email: input.email } });
  if (!(await verifyPasswordOrDummy(input.password, user?.passwordHash ?? null)) || !user) {
    loginThrottle.failed(input.email, ctx.clientAddress);
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'The email or password is not right.' });
  }
  loginThrottle.succeeded(input.email, ctx.clientAddress);
  const { token, csrfToken, expiresAt } = await createSession(prisma, user.id);
  ctx.setCookie(
    serializeCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: secureCookies,
      expires: expiresAt,
    }),
  );
  // Readable by the page's script, which echoes it in the CSRF header of every mutation.
  ctx.setCookie(
    serializeCookie(CSRF_COOKIE, csrfToken, {
      httpOnly: false,
      secure: secureCookies,
      expires: expiresAt,
    }),
  );
  const session = await readSession(prisma, token);
  return session!.user;
}

function throttle(ctx: ApiContext, email: string): void {
  try {
    ctx.services.loginThrottle.check(email, ctx.clientAddress);
  } catch (error) {
    if (error instanceof LoginRateLimitedError) {
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: error.message });
    }
    throw error;
  }
}
