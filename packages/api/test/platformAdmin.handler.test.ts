// Platform administration: stores, accounts and roles. Only platform administrators may do it
// (authorization.test.ts walks every procedure); here, what it does and what it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, callerWith, errorCode, signedIn } from './people.ts';

let t: TestPlatform;
let admin: Awaited<ReturnType<typeof signedIn>>['caller'];

beforeAll(async () => {
  t = await indexedTestPlatform('shop');
  await addUser(t.db.prisma, 'admin@platform.test', [], true);
  admin = (await signedIn(t.platform.services, 'admin@platform.test')).caller;
});
afterAll(async () => t?.close());

describe('stores', () => {
  it('creates a store, lists it with its size, and refuses a taken or malformed slug', async () => {
    expect(
      await admin.platform.createStore({ slug: 'gadgets', name: 'Gadgets', currency: 'eur' }),
    ).toEqual({ slug: 'gadgets' });
    const stores = await admin.platform.stores();
    expect(stores.map((s) => [s.slug, s.currency, s.productCount])).toEqual([
      ['shop', 'USD', 12],
      ['gadgets', 'EUR', 0],
    ]);
    await expect(admin.platform.createStore({ slug: 'gadgets', name: 'Again' })).rejects.toThrow(
      'A store with the slug "gadgets" already exists.',
    );
    expect(await errorCode(admin.platform.createStore({ slug: 'gadgets', name: 'Again' }))).toBe(
      'CONFLICT',
    );
    await expect(admin.platform.createStore({ slug: '-Bad slug', name: 'Bad' })).rejects.toThrow(
      /The store's slug must be 1 to 64 lowercase letters/,
    );
    await expect(
      admin.platform.createStore({ slug: 'money', name: 'Money', currency: 'XYZ' }),
    ).rejects.toThrow(/currency must be an ISO 4217 code/);
  });
});

describe('users and roles', () => {
  it('creates an account that can sign in, grants and revokes its roles', async () => {
    const created = await admin.platform.createUser({
      email: ' New.Merchant@Example.test ',
      password: 'a long enough password',
    });
    expect(created.email).toBe('new.merchant@example.test');
    expect(
      await errorCode(
        admin.platform.createUser({ email: 'new.merchant@example.test', password: '1234567890' }),
      ),
    ).toBe('CONFLICT');
    await expect(
      admin.platform.createUser({ email: 'short@example.test', password: 'short' }),
    ).rejects.toThrow(/a password needs at least 10 characters/);

    await admin.platform.grantRole({ userId: created.id, store: 'shop', role: 'merchant' });
    await admin.platform.grantRole({ userId: created.id, store: 'shop', role: 'merchant' });
    const row = (await admin.platform.users()).find((u) => u.id === created.id)!;
    expect(row.roles).toEqual([{ store: 'shop', storeName: 'Test shop', role: 'merchant' }]);

    const person = await signInAs('new.merchant@example.test', 'a long enough password');
    expect((await person.catalog.listProducts({ store: 'shop' })).total).toBe(12);

    await admin.platform.revokeRole({ userId: created.id, store: 'shop', role: 'merchant' });
    const again = await signInAs('new.merchant@example.test', 'a long enough password');
    expect(await errorCode(again.catalog.listProducts({ store: 'shop' }))).toBe('FORBIDDEN');

    expect(
      await errorCode(admin.platform.grantRole({ userId: 99_999, store: 'shop', role: 'analyst' })),
    ).toBe('NOT_FOUND');
    expect(
      await errorCode(
        admin.platform.grantRole({ userId: created.id, store: 'nowhere', role: 'analyst' }),
      ),
    ).toBe('NOT_FOUND');
  });
});

/** A caller signed in through auth.signIn with the given password (for read-only calls). */
async function signInAs(email: string, password: string) {
  const cookies: string[] = [];
  await callerWith(t.platform.services, {}, cookies).auth.signIn({ email, password });
  const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
  return callerWith(t.platform.services, { cookie });
}
