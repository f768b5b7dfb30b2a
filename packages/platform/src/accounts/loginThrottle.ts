// Login attempts are limited per account and per client address, so neither guessing one
// account's password nor spraying many accounts from one address gets far.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginThrottle {
  /** Resolves when an attempt is allowed; rejects with the seconds to wait otherwise. */
  consume(email: string, clientAddress: string): Promise<void>;
  reset(email: string): Promise<void>;
}

export class LoginRateLimitedError extends Error {
  override name = 'LoginRateLimitedError';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many sign-in attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

export function createLoginThrottle(
  options = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 },
): LoginThrottle {
  const byAccount = new RateLimiterMemory({
    points: options.perAccount,
    duration: options.windowSeconds,
  });
  const byAddress = new RateLimiterMemory({
    points: options.perAddress,
    duration: options.windowSeconds,
  });
  return {
    async consume(email, clientAddress) {
      try {
        await Promise.all([
          byAccount.consume(email.toLowerCase()),
          byAddress.consume(clientAddress),
        ]);
      } catch (rejection) {
        const wait =
          rejection instanceof RateLimiterRes ? Math.ceil(rejection.msBeforeNext / 1000) : 60;
        throw new LoginRateLimitedError(wait);
      }
    },
    async reset(email) {
      await byAccount.delete(email.toLowerCase());
    },
  };
}
