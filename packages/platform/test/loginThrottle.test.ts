// The sign-in throttle's policy, on a clock the test moves: guesses slow down with growing delays
// per address and account and per address, and no stranger's guesses keep the owner out.
import { describe, expect, it } from 'vitest';
import {
  createLoginThrottle,
  DEFAULT_LOGIN_THROTTLE,
  LoginRateLimitedError,
} from '../src/accounts/loginThrottle.ts';
import { hashPassword, verifyPasswordOrDummy } from '../src/accounts/passwords.ts';

function throttleOnClock(policy = DEFAULT_LOGIN_THROTTLE) {
  const clock = { ms: 0 };
  return { clock, throttle: createLoginThrottle(policy, () => clock.ms) };
}

/** Seconds to wait before the next attempt, 0 when it may go ahead. */
function waitOf(check: () => void): number {
  try {
    check();
    return 0;
  } catch (error) {
    if (!(error instanceof LoginRateLimitedError)) throw error;
    return error.retryAfterSeconds;
  }
}

describe('login throttle', () => {
  it('lets five failures through, then makes each further guess wait twice as long', () => {
    const { clock, throttle } = throttleOnClock();
    const waits = [];
    for (let i = 0; i < 9; i++) {
      const wait = waitOf(() => throttle.check('owner@shop.test', '203.0.113.7'));
      waits.push(wait);
      clock.ms += wait * 1000;
      throttle.failed('owner@shop.test', '203.0.113.7');
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8]);
    // The message says how long; waiting that long is enough.
    expect(() => throttle.check('OWNER@shop.test', '203.0.113.7')).toThrow(
      'Too many sign-in attempts. Try again in 16 seconds.',
    );
    clock.ms += 16_000;
    expect(waitOf(() => throttle.check('owner@shop.test', '203.0.113.7'))).toBe(0);
  });

  it('never keeps the owner out: guesses from elsewhere do not slow their own address', () => {
    const { throttle } = throttleOnClock();
    for (let i = 0; i < 50; i++) throttle.failed('owner@shop.test', `198.51.100.${i % 3}`);
    expect(waitOf(() => throttle.check('owner@shop.test', '203.0.113.7'))).toBe(0);
    // A correct password clears the owner's own failures on their account.
    for (let i = 0; i < 6; i++) throttle.failed('owner@shop.test', '203.0.113.7');
    expect(waitOf(() => throttle.check('owner@shop.test', '203.0.113.7'))).toBeGreaterThan(0);
    throttle.succeeded('owner@shop.test', '203.0.113.7');
    expect(waitOf(() => throttle.check('owner@shop.test', '203.0.113.7'))).toBe(0);
  });

  it('slows one address spraying many accounts after thirty failures', () => {
    const { throttle } = throttleOnClock();
    for (let i = 0; i < 30; i++) throttle.failed(`user${i}@shop.test`, '192.0.2.1');
    expect(waitOf(() => throttle.check('someone-new@shop.test', '192.0.2.1'))).toBe(1);
    expect(waitOf(() => throttle.check('someone-new@shop.test', '192.0.2.2'))).toBe(0);
  });

  it('forgets failures an hour after the last, caps the delay, and bounds the keys it keeps', () => {
    const policy = { ...DEFAULT_LOGIN_THROTTLE, maxKeys: 3 };
    const { clock, throttle } = throttleOnClock(policy);
    for (let i = 0; i < 40; i++) throttle.failed('a@shop.test', '192.0.2.1');
    expect(waitOf(() => throttle.check('a@shop.test', '192.0.2.1'))).toBe(15 * 60);
    clock.ms += 60 * 60 * 1000 + 1;
    expect(waitOf(() => throttle.check('a@shop.test', '192.0.2.1'))).toBe(0);

    for (let i = 0; i < 6; i++) throttle.failed('b@shop.test', '192.0.2.9');
    for (let i = 0; i < 3; i++) throttle.failed(`c${i}@shop.test`, `192.0.2.${20 + i}`);
    // Only the three latest keys are kept per counter; the oldest went first.
    expect(waitOf(() => throttle.check('b@shop.test', '192.0.2.9'))).toBe(0);
  });
});

describe('password check for an unknown email', () => {
  it('is refused after hashing like a known one', async () => {
    expect(await verifyPasswordOrDummy('anything', null)).toBe(false);
    const stored = await hashPassword('right');
    expect(await verifyPasswordOrDummy('right', stored)).toBe(true);
    expect(await verifyPasswordOrDummy('wrong', stored)).toBe(false);
  });
});
