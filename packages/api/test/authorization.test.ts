// Every protected procedure checks, on the server, that the caller is signed in and holds the
// right role in the store named by the input. Walks the whole router so a new procedure cannot
// forget it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/root.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, callerWith, errorCode, PASSWORD, signedIn } from './people.ts';
import { hashToken } from '@shopsearch/platform';

// experiments.click is a shopper's (anonymous) click, checked against the store and visitor cookie.
const PUBLIC = /^((auth|search|product|store)\.|experiments\.click$)/;

let t: TestPlatform;
let merchantA: Awaited<ReturnType<typeof signedIn>>;
let analystA: Awaited<ReturnType<typeof signedIn>>;

beforeAll(async () => {
  t = await indexedTestPlatform('shop-a');
  const { prisma } = t.db;
  const b = await prisma.store.create({ data: { slug: 'shop-b', name: 'Shop B' } });
  await prisma.product.create({
    data: { storeId: b.id, id: 'secret', title: 'Shop B only', contentHash: 'x' },
  });
  await addUser(prisma, 'merchant@a.test', [{ storeId: t.storeId, role: 'merchant' }]);
  await addUser(prisma, 'analyst@a.test', [{ storeId: t.storeId, role: 'analyst' }]);
  merchantA = await signedIn(t.platform.services, 'merchant@a.test');
  analystA = await signedIn(t.platform.services, 'analyst@a.test');
});
afterAll(async () => t?.close());

type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
const protectedPaths = Object.keys(appRouter._def.procedures).filter((path) => !PUBLIC.test(path));
const call = (caller: unknown, path: string, input: unknown) => {
  const [router, procedure] = path.split('.') as [string, string];
  return (caller as AnyCaller)[router]![procedure]!(input);
};

describe('authorization on every protected procedure', () => {
  it('has protected procedures to check', () => {
    expect(protectedPaths).toEqual(
      expect.arrayContaining(['catalog.listProducts', 'reindex.start']),
    );
  });

  it.each(protectedPaths)('%s refuses anonymous callers', async (path) => {
    expect(await errorCode(call(callerWith(t.platform.services), path, { store: 'shop-a' }))).toBe(
      'UNAUTHORIZED',
    );
  });

  it.each(protectedPaths)('%s refuses a merchant of another store', async (path) => {
    expect(await errorCode(call(merchantA.caller, path, { store: 'shop-b' }))).toBe('FORBIDDEN');
  });

  it('refuses merchant procedures to an analyst of the same store', async () => {
    for (const path of protectedPaths.filter((p) => /^(catalog|reindex)\./.test(p))) {
      expect(await errorCode(call(analystA.caller, path, { store: 'shop-a' })), path).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('refuses platform administration to merchants and analysts', async () => {
    const platformPaths = protectedPaths.filter((p) => p.startsWith('platform.'));
    expect(platformPaths).toEqual(expect.arrayContaining(['platform.users', 'platform.grantRole']));
    for (const path of platformPaths) {
      for (const person of [merchantA, analystA]) {
        expect(await errorCode(call(person.caller, path, {})), path).toBe('FORBIDDEN');
      }
    }
  });

  it('answers a merchant in their own store, never with another store’s rows', async () => {
    const list = await merchantA.caller.catalog.listProducts({ store: 'shop-a', q: 'secret' });
    expect(list.total).toBe(0);
    const all = await merchantA.caller.catalog.listProducts({ store: 'shop-a', pageSize: 100 });
    expect(all.items.map((p) => p.id)).not.toContain('secret');
    expect(all.total).toBe(12);
  });
});

describe('sessions', () => {
  it('refuses a mutation without the session’s CSRF token, or from another site', async () => {
    const edit = { store: 'shop-a', id: 'm1', patch: { title: 'Renamed' } };
    expect(await errorCode(merchantA.withoutCsrf.catalog.updateProduct(edit))).toBe('FORBIDDEN');
    const crossSite = callerWith(t.platform.services, {
      cookie: `ss_session=${merchantA.session}`,
      'x-csrf-token': merchantA.csrf,
      origin: 'https://evil.example',
      host: 'shop.example',
    });
    expect(await errorCode(crossSite.catalog.updateProduct(edit))).toBe('FORBIDDEN');
    expect((await t.db.prisma.product.findFirstOrThrow({ where: { id: 'm1' } })).title).not.toBe(
      'Renamed',
    );
  });

  it('refuses a wrong password, a forged cookie and an expired session', async () => {
    const anonymous = callerWith(t.platform.services);
    expect(
      await errorCode(anonymous.auth.signIn({ email: 'merchant@a.test', password: 'wrong' })),
    ).toBe('UNAUTHORIZED');
    expect(
      await errorCode(anonymous.auth.signIn({ email: 'nobody@a.test', password: 'wrong' })),
    ).toBe('UNAUTHORIZED');
    const forged = callerWith(t.platform.services, { cookie: `ss_session=${'A'.repeat(43)}` });
    expect(await forged.auth.me()).toBeNull();
    expect(await errorCode(forged.catalog.listProducts({ store: 'shop-a' }))).toBe('UNAUTHORIZED');
    const tampered = callerWith(t.platform.services, {
      cookie: `ss_session=${merchantA.session.slice(0, -2)}xx`,
    });
    expect(await errorCode(tampered.catalog.listProducts({ store: 'shop-a' }))).toBe(
      'UNAUTHORIZED',
    );
    // A cookie value that does not percent-decode is no session (it was a 500).
    const malformed = callerWith(t.platform.services, { cookie: 'ss_session=%E0%A4%A' });
    expect(await malformed.auth.me()).toBeNull();
    expect(await errorCode(malformed.catalog.listProducts({ store: 'shop-a' }))).toBe(
      'UNAUTHORIZED',
    );

    const soon = await signedIn(t.platform.services, 'analyst@a.test');
    await t.db.prisma.session.update({
      where: { tokenHash: hashToken(soon.session) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await errorCode(soon.caller.auth.signOut())).toBe('UNAUTHORIZED');
  });

  it('slows sign-in guesses from one address without locking the owner out', async () => {
    await addUser(t.db.prisma, 'target@a.test', []);
    const anonymous = callerWith(t.platform.services);
    const codes = [];
    for (let i = 0; i < 7; i++) {
      codes.push(
        await errorCode(anonymous.auth.signIn({ email: 'target@a.test', password: `guess ${i}` })),
      );
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHORIZED'));
    expect(codes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    // The five guesses took two requests; anyone could do it. The owner signs in from home.
    const owner = callerWith(t.platform.services, {}, [], '10.0.0.99');
    expect(await errorCode(owner.auth.signIn({ email: 'target@a.test', password: PASSWORD }))).toBe(
      'OK',
    );
  });

  it('signs out: the session no longer works', async () => {
    const session = await signedIn(t.platform.services, 'merchant@a.test');
    expect(await session.caller.auth.me()).toMatchObject({ email: 'merchant@a.test' });
    await session.caller.auth.signOut();
    // A later request, with the same cookie the browser may still send:
    const later = callerWith(t.platform.services, { cookie: `ss_session=${session.session}` });
    expect(await later.auth.me()).toBeNull();
    expect(
      await t.db.prisma.session.count({ where: { tokenHash: hashToken(session.session) } }),
    ).toBe(0);
  });
});
