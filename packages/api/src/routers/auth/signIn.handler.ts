// auth.signIn: checks the password, starts a session, sets the cookies. Wrong email and wrong
// password get the same answer, and both count against the rate limit.
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
import { LoginRateLimitedError, verifyPassword } from '@shopsearch/platform';

export async function signInHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TSignInInputSchema;
}): Promise<SessionUser> {
  const { prisma, loginThrottle, secureCookies } = ctx.services;
  await throttle(ctx, input.email);
  const user = await prisma.user.findUnique({ where: { email: input.email } });
  if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'The email or password is not right.' });
  }
  await loginThrottle.reset(input.email);
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

async function throttle(ctx: ApiContext, email: string): Promise<void> {
  try {
    await ctx.services.loginThrottle.consume(email, ctx.clientAddress);
  } catch (error) {
    if (error instanceof LoginRateLimitedError) {
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: error.message });
    }
    throw error;
  }
}
