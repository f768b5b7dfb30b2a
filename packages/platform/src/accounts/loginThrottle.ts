// Sign-in throttling that slows password guessing without letting anyone lock an account's owner
// out. Failed sign-ins are counted per (client address, account) and per client address; past a
// few free failures each further attempt from that key must wait a delay that doubles with every
// failure. There is no per-account lock: guesses from other addresses never slow the owner's own
// sign-in. The policy is described in this package's README.

export interface LoginThrottlePolicy {
  /** Failures of one address on one account before delays start. */
  freePerAccount: number;
  /** Failures of one address, over all accounts, before delays start. */
  freePerAddress: number;
  /** The first delay; each further failure doubles it. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key's failures are forgotten this long after its last one. */
  forgetAfterSeconds: number;
  /** Keys kept per counter; the oldest are dropped first (a bound on memory under attack). */
  maxKeys: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  freePerAccount: 5,
  freePerAddress: 30,
  firstDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
  maxKeys: 100_000,
};

export interface LoginThrottle {
  /** Throws LoginRateLimitedError while this address must wait before trying this account. */
  check(email: string, clientAddress: string): void;
  /** Counts a wrong email or password. */
  failed(email: string, clientAddress: string): void;
  /** Clears this address's failures on this account. */
  succeeded(email: string, clientAddress: string): void;
}

export class LoginRateLimitedError extends Error {
  override name = 'LoginRateLimitedError';
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Too many sign-in attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    );
  }
}

interface Failures {
  count: number;
  lastAt: number;
}

export function createLoginThrottle(
  policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE,
  now: () => number = Date.now,
): LoginThrottle {
  const byAccount = new FailureCounter(policy, now);
  const byAddress = new FailureCounter(policy, now);
  const accountKey = (email: string, address: string) =>
    JSON.stringify([address, email.toLowerCase()]);
  return {
    check(email, clientAddress) {
      const waitMs = Math.max(
        byAccount.waitMs(accountKey(email, clientAddress), policy.freePerAccount),
        byAddress.waitMs(clientAddress, policy.freePerAddress),
      );
      if (waitMs > 0) throw new LoginRateLimitedError(Math.ceil(waitMs / 1000));
    },
    failed(email, clientAddress) {
      byAccount.add(accountKey(email, clientAddress));
      byAddress.add(clientAddress);
    },
    succeeded(email, clientAddress) {
      byAccount.clear(accountKey(email, clientAddress));
    },
  };
}

class FailureCounter {
  readonly #failures = new Map<string, Failures>();

  constructor(
    private readonly policy: LoginThrottlePolicy,
    private readonly now: () => number,
  ) {}

  /** How long the key must still wait, given `free` failures without delay. */
  waitMs(key: string, free: number): number {
    const failures = this.#current(key);
    if (!failures || failures.count < free) return 0;
    const { firstDelaySeconds, maxDelaySeconds } = this.policy;
    const delaySeconds = Math.min(
      maxDelaySeconds,
      firstDelaySeconds * 2 ** Math.min(failures.count - free, 30),
    );
    return failures.lastAt + delaySeconds * 1000 - this.now();
  }

  add(key: string): void {
    const count = (this.#current(key)?.count ?? 0) + 1;
    // Re-inserted, so the Map's order is by last failure and the oldest key is first.
    this.#failures.delete(key);
    this.#failures.set(key, { count, lastAt: this.now() });
    if (this.#failures.size > this.policy.maxKeys) {
      this.#failures.delete(this.#failures.keys().next().value!);
    }
  }

  clear(key: string): void {
    this.#failures.delete(key);
  }

  #current(key: string): Failures | undefined {
    const failures = this.#failures.get(key);
    if (failures && this.now() - failures.lastAt > this.policy.forgetAfterSeconds * 1000) {
      this.#failures.delete(key);
      return undefined;
    }
    return failures;
  }
}
