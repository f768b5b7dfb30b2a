// auth.signIn: the platform's signIn (password, throttle, new session), then the cookies.
import { signIn } from '@shopsearch/platform';
import type { Call } from '../handlerCall.ts';
import {
  CSRF_COOKIE,
  serializeCookie,
  SESSION_COOKIE,
  type SessionUser,
} from '../../auth/sessions.ts';
import type { TSignInInputSchema } from './signIn.schema.ts';

export async function signInHandler({
  ctx,
  input,
}: Call<TSignInInputSchema>): Promise<SessionUser> {
  const { token, csrfToken, expiresAt, user } = await signIn(ctx.services, {
    email: input.email,
    password: input.password,
    clientAddress: ctx.clientAddress,
  });
  const secure = ctx.services.secureCookies;
  ctx.setCookie(
    serializeCookie(SESSION_COOKIE, token, { httpOnly: true, secure, expires: expiresAt }),
  );
  // Readable by the page's script, which echoes it in the CSRF header of every mutation.
  ctx.setCookie(
    serializeCookie(CSRF_COOKIE, csrfToken, { httpOnly: false, secure, expires: expiresAt }),
  );
  return user;
}
