// Search-result clicks on a real database: counted for the store's own products only, not without
// a visitor cookie, capped per visitor; and the low-click queries they feed, which rank a query
// searched but never followed first and leave out queries searched too rarely to judge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProductNotFoundError } from '../src/catalog/updateProduct.ts';
import type { Platform } from '../src/createPlatform.ts';
import { LOW_CLICK_MIN_SEARCHES, searchAnalytics } from '../src/analytics/searchAnalytics.ts';
import { recordSearchClick } from '../src/analytics/searchClicks.ts';
import { purgeExpiredSearchAnalytics } from '../src/analytics/purgeSearchAnalytics.ts';
import { MAX_CLICKS_PER_HOUR } from '../src/experiments/experimentClicks.ts';
import { ClickLimitError } from '../src/experiments/experimentErrors.ts';
import { testPlatform } from '../src/testing/testStore.ts';

describe('search clicks', () => {
  let platform: Platform;
  let storeId: number;
  let otherStoreId: number;
  const deps = () => platform.services;
  const click = (
    query: string,
    productId: string,
    visitorId: string | null = 'visitor-0000000001',
  ) => recordSearchClick(deps(), { storeId, query, productId, position: 0, visitorId });
  const searched = (query: string, times: number, resultCount = 3) =>
    platform.db.prisma.searchEvent.createMany({
      data: Array.from({ length: times }, () => ({
        storeId,
        query,
        profile: 'hybrid',
        latencyMs: 5,
        resultCount,
      })),
    });

  beforeAll(async () => {
    platform = await testPlatform();
    const { prisma } = platform.db;
    const store = (slug: string, ids: string[]) =>
      prisma.store.create({
        data: {
          slug,
          name: slug,
          products: { create: ids.map((id) => ({ id, title: `Product ${id}`, contentHash: id })) },
        },
      });
    storeId = (await store('shop', ['mouse-1', 'mouse-2', 'cable-1'])).id;
    otherStoreId = (await store('other', ['elsewhere'])).id;
  }, 120_000);
  afterAll(async () => platform?.close());

  it('records a click on the store’s product, as the search event stores the query', async () => {
    expect(await click('Wireless Mouse', 'mouse-1')).toEqual({ counted: true });
    const rows = await platform.db.prisma.searchClick.findMany({ where: { storeId } });
    expect(rows).toMatchObject([{ query: 'Wireless Mouse', productId: 'mouse-1', position: 0 }]);
  });

  it('refuses another store’s or an unknown product, and writes nothing', async () => {
    const before = await platform.db.prisma.searchClick.count();
    await expect(click('mouse', 'elsewhere')).rejects.toBeInstanceOf(ProductNotFoundError);
    await expect(click('mouse', 'no-such-product')).rejects.toBeInstanceOf(ProductNotFoundError);
    expect(await platform.db.prisma.searchClick.count()).toBe(before);
    expect(otherStoreId).not.toBe(storeId);
  });

  it('does not count a click without a visitor cookie, or with one that is not a visitor id', async () => {
    const before = await platform.db.prisma.searchClick.count();
    expect(await click('mouse', 'mouse-1', null)).toEqual({ counted: false });
    // An 8 kB cookie would otherwise be kept as the budget's key.
    expect(await click('mouse', 'mouse-1', 'x'.repeat(8_000))).toEqual({ counted: false });
    expect(await platform.db.prisma.searchClick.count()).toBe(before);
  });

  it('counts at most MAX_CLICKS_PER_HOUR clicks of one visitor an hour', async () => {
    const flooder = 'visitor-flood-000001';
    let counted = 0;
    let refused = 0;
    for (let n = 0; n < MAX_CLICKS_PER_HOUR + 5; n++) {
      try {
        if ((await click('flood', 'cable-1', flooder)).counted) counted++;
      } catch (error) {
        expect(error).toBeInstanceOf(ClickLimitError);
        refused++;
      }
    }
    expect([counted, refused]).toEqual([MAX_CLICKS_PER_HOUR, 5]);
    // Another visitor still counts.
    expect(await click('flood', 'cable-1', 'visitor-other-000001')).toEqual({ counted: true });
  });

  it('ranks a query searched but never followed first, without the rarely searched', async () => {
    await searched('usb cable', 6); // never clicked
    await searched('Wireless Mouse', 8); // clicked once above, and twice here
    await click('wireless mouse ', 'mouse-2', 'visitor-0000000002');
    await click('WIRELESS MOUSE', 'mouse-1', 'visitor-0000000002');
    await searched('rare', LOW_CLICK_MIN_SEARCHES - 1); // too few to judge
    await searched('nothing here', 9, 0); // found nothing: the zero-result list's
    const period = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 60_000) };
    const { lowClickQueries } = await searchAnalytics(deps(), storeId, period);
    expect(lowClickQueries).toEqual([
      { query: 'usb cable', searches: 6, clicks: 0 },
      { query: 'wireless mouse', searches: 8, clicks: 3 },
    ]);
    // Another store's period is its own.
    const other = await searchAnalytics(deps(), otherStoreId, period);
    expect(other.lowClickQueries).toEqual([]);
  });

  it('deletes search events and clicks past the retention, of every store, and keeps the rest', async () => {
    const { prisma } = platform.db;
    const day = 86_400_000;
    const now = new Date();
    const aged = (days: number) => ({ createdAt: new Date(now.getTime() - days * day) });
    const event = { query: 'old', profile: 'hybrid', latencyMs: 5, resultCount: 1 };
    await prisma.searchEvent.createMany({
      data: [
        { storeId, ...event, ...aged(31) },
        { storeId: otherStoreId, ...event, ...aged(45) },
        { storeId, ...event, ...aged(29) },
      ],
    });
    await prisma.searchClick.createMany({
      data: [
        { storeId, query: 'old', productId: 'mouse-1', position: 0, ...aged(31) },
        { storeId, query: 'old', productId: 'mouse-2', position: 1, ...aged(29) },
      ],
    });
    const eventsBefore = await prisma.searchEvent.count();
    const clicksBefore = await prisma.searchClick.count();

    expect(await purgeExpiredSearchAnalytics(deps(), 30, now)).toEqual({ events: 2, clicks: 1 });
    expect(await prisma.searchEvent.count()).toBe(eventsBefore - 2);
    expect(await prisma.searchClick.count()).toBe(clicksBefore - 1);
    const left = await prisma.searchEvent.findMany({ where: { query: 'old' } });
    expect(left.map((e) => [e.storeId, Math.round((now.getTime() - +e.createdAt) / day)])).toEqual([
      [storeId, 29],
    ]);
    // A second purge finds nothing more.
    expect(await purgeExpiredSearchAnalytics(deps(), 30, now)).toEqual({ events: 0, clicks: 0 });
  });
});
