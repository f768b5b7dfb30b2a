// Signing in: the password checked under the sign-in throttle (see this package's README), then a
// new session. A wrong email and a wrong password get the same answer after the same hashing
// work, and both count as failures.
import type { DatabaseDeps } from '../databaseDeps.ts';
import { SignInRefusedError } from '../errors.ts';
import type { LoginThrottle } from './loginThrottle.ts';
import { verifyPasswordOrDummy } from './passwords.ts';
import { createSession, readSession, type NewSession, type SessionUser } from './sessions.ts';

export interface SignInAttempt {
  email: string;
  password: string;
  /** Where the attempt came from, for the throttle. */
  clientAddress: string;
}

/** The new session and its user; LoginRateLimitedError too early, SignInRefusedError when wrong. */
export async function signIn(
  deps: DatabaseDeps & { loginThrottle: LoginThrottle },
  attempt: SignInAttempt,
): Promise<NewSession & { user: SessionUser }> {
  const { prisma, loginThrottle } = deps;
  const { email, password, clientAddress } = attempt;
  loginThrottle.check(email, clientAddress);
  const user = await prisma.user.findUnique({ where: { email } });
  if (!(await verifyPasswordOrDummy(password, user?.passwordHash ?? null)) || !user) {
    loginThrottle.failed(email, clientAddress);
    throw new SignInRefusedError();
  }
  loginThrottle.succeeded(email, clientAddress);
  const session = await createSession(deps, user.id);
  const { user: sessionUser } = (await readSession(deps, session.token))!;
  return { ...session, user: sessionUser };
}
