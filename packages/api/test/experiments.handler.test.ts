// The experiments router over HTTP-shaped callers: analysts start, read and stop; merchants and
// anonymous callers are refused; a shopper's search carries an impression id that their own
// visitor cookie can click, and bad clicks are 4xx answers, never 500s or cross-store counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISITOR_COOKIE } from '../src/auth/visitor.ts';
import { addIndexedStore, indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, callerWith, errorCode, signedIn } from './people.ts';

let t: TestPlatform;
let analyst: Awaited<ReturnType<typeof signedIn>>['caller'];
const store = 'shop';
const configA = { profile: 'lexical' as const };
const configB = { profile: 'colbert' as const };
const shopper = (visitor: string) =>
  callerWith(t.platform.services, {
    cookie: `${VISITOR_COOKIE}=${visitor}`,
    origin: 'http://localhost',
    host: 'localhost',
  });

beforeAll(async () => {
  t = await indexedTestPlatform(store);
  const other = await addIndexedStore(t.platform, 'other');
  await addUser(t.db.prisma, 'analyst@shop.test', [{ storeId: t.storeId, role: 'analyst' }]);
  await addUser(t.db.prisma, 'merchant@shop.test', [
    { storeId: t.storeId, role: 'merchant' },
    { storeId: other, role: 'analyst' },
  ]);
  analyst = (await signedIn(t.platform.services, 'analyst@shop.test')).caller;
}, 120_000);
afterAll(async () => t?.close());

describe('experiments', () => {
  it('refuses bad starts with 400s and other roles with 403', async () => {
    const merchant = (await signedIn(t.platform.services, 'merchant@shop.test')).caller;
    const start = { store, configA, configB, trafficPercent: 100 };
    expect(await errorCode(merchant.experiments.start(start))).toBe('FORBIDDEN');
    expect(await errorCode(callerWith(t.platform.services).experiments.list({ store }))).toBe(
      'UNAUTHORIZED',
    );
    expect(await errorCode(analyst.experiments.start({ ...start, trafficPercent: 0 }))).toBe(
      'BAD_REQUEST',
    );
    expect(await errorCode(analyst.experiments.start({ ...start, configB: configA }))).toBe(
      'BAD_REQUEST',
    );
    await expect(analyst.experiments.start(start)).rejects.toThrow(/no storefront searches/);
    // Searches in another store are not this store's traffic.
    await t.caller.search.query({ store: 'other', q: 'mouse' });
    await t.platform.events.drain();
    await expect(analyst.experiments.start(start)).rejects.toThrow(/no storefront searches/);
  });

  it('serves an impression a shopper’s own cookie can click, and reports it', async () => {
    await t.caller.search.query({ store, q: 'mouse' });
    await t.platform.events.drain();
    const started = await analyst.experiments.start({
      store,
      configA,
      configB,
      trafficPercent: 100,
    });
    const visitor = 'a-visitor-id-0123456789';
    const page = await shopper(visitor).search.query({ store, q: 'wireless bluetooth mouse' });
    expect(page.impressionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    // Without the cookie (another browser, an API client) nothing is interleaved.
    expect(
      (await t.caller.search.query({ store, q: 'wireless bluetooth mouse' })).impressionId,
    ).toBeNull();

    const click = {
      store,
      impressionId: page.impressionId!,
      position: 0,
      productId: page.hits[0]!.product.id,
    };
    expect(await errorCode(shopper('someone-else-0123456789').experiments.click(click))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(shopper(visitor).experiments.click({ ...click, store: 'other' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await errorCode(shopper(visitor).experiments.click({ ...click, store: 'nowhere' })),
    ).toBe('NOT_FOUND');
    expect(
      await errorCode(shopper(visitor).experiments.click({ ...click, impressionId: 'x' })),
    ).toBe('BAD_REQUEST');
    expect(await errorCode(shopper(visitor).experiments.click({ ...click, position: -1 }))).toBe(
      'BAD_REQUEST',
    );
    expect(await shopper(visitor).experiments.click(click)).toEqual({ counted: true });

    const report = await analyst.experiments.report({ store, experimentId: started.id });
    expect(report).toMatchObject({ impressions: 1, clickedImpressions: 1 });
    expect(report.winsA + report.winsB + report.ties).toBe(1);
    expect((await analyst.experiments.list({ store })).map((e) => e.id)).toEqual([started.id]);
    const merchant = (await signedIn(t.platform.services, 'merchant@shop.test')).caller;
    expect(
      await errorCode(merchant.experiments.report({ store: 'other', experimentId: started.id })),
    ).toBe('NOT_FOUND');

    const stopped = await analyst.experiments.stop({ store, experimentId: started.id });
    expect(stopped.running).toBe(false);
    expect(await errorCode(shopper(visitor).experiments.click(click))).toBe('NOT_FOUND');
  });
});
