// search.click over HTTP-shaped callers: any shopper may report a followed result (no sign-in);
// bad input is a 400, another store's product a 404 with nothing written; and the analyst's
// summary then lists the query among the low-click ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VISITOR_COOKIE } from '../src/auth/visitor.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, callerWith, errorCode, signedIn } from './people.ts';

let t: TestPlatform;
const store = 'shop';
const shopper = () =>
  callerWith(t.platform.services, {
    cookie: `${VISITOR_COOKIE}=visitor-api-test-0001`,
    origin: 'http://localhost',
    host: 'localhost',
  });

beforeAll(async () => {
  t = await indexedTestPlatform(store);
  const other = await t.db.prisma.store.create({ data: { slug: 'other', name: 'Other' } });
  await t.db.prisma.product.create({
    data: { storeId: other.id, id: 'only-elsewhere', title: 'Elsewhere', contentHash: 'x' },
  });
  await addUser(t.db.prisma, 'analyst@shop.test', [{ storeId: t.storeId, role: 'analyst' }]);
}, 120_000);
afterAll(async () => t?.close());

describe('search.click', () => {
  const click = { store, q: 'mouse', productId: 'm1', position: 0 };

  it('refuses bad input with 400s', async () => {
    const s = shopper();
    expect(await errorCode(s.search.click({ ...click, position: -1 }))).toBe('BAD_REQUEST');
    expect(await errorCode(s.search.click({ ...click, position: 1.5 }))).toBe('BAD_REQUEST');
    expect(await errorCode(s.search.click({ ...click, productId: '' }))).toBe('BAD_REQUEST');
    expect(await errorCode(s.search.click({ ...click, q: 'x'.repeat(600) }))).toBe('BAD_REQUEST');
    expect(await errorCode(s.search.click({ ...click, store: 'No Slug!' }))).toBe('BAD_REQUEST');
  });

  it('answers 404 for another store’s product and writes nothing', async () => {
    const s = shopper();
    expect(await errorCode(s.search.click({ ...click, productId: 'only-elsewhere' }))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(s.search.click({ ...click, store: 'nowhere' }))).toBe('NOT_FOUND');
    expect(await t.db.prisma.searchClick.count()).toBe(0);
  });

  it('counts a signed-out shopper’s click, not one without a visitor cookie', async () => {
    expect(await shopper().search.click(click)).toEqual({ counted: true });
    expect(await t.caller.search.click(click)).toEqual({ counted: false });
    expect(await t.db.prisma.searchClick.count()).toBe(1);
  });

  it('shows the analyst a query searched often and rarely followed', async () => {
    for (let n = 0; n < 5; n++) await t.caller.search.query({ store, q: 'keyboard' });
    for (let n = 0; n < 5; n++) await t.caller.search.query({ store, q: 'mouse' });
    await t.platform.events.drain();
    const analyst = (await signedIn(t.platform.services, 'analyst@shop.test')).caller;
    const now = Date.now();
    const summary = await analyst.analytics.summary({
      store,
      from: new Date(now - 3_600_000),
      to: new Date(now + 60_000),
    });
    expect(summary.lowClickQueries).toEqual([
      { query: 'keyboard', searches: 5, clicks: 0 },
      { query: 'mouse', searches: 5, clicks: 1 },
    ]);
  });
});
