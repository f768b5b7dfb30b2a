// Judgments proposed from recorded clicks, on a real database: the counts behind each proposal,
// grades by clicks over expected clicks, the impression floor, store isolation, and saving the
// reviewed proposals as a new set (a taken name refused, nothing written).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase } from '@shopsearch/db/testing';
import { proposeJudgmentsFromClicks, saveClickJudgments } from '../src/judgments/clickJudgments.ts';
import { loadQrels } from '../src/judgments/judgmentSets.ts';

describe('judgments proposed from clicks', () => {
  let db: Database;
  let storeId: number;
  let otherStoreId: number;
  const deps = () => ({ prisma: db.prisma });

  /** `count` impressions of one page for `query`, with clicks at the given positions of some. */
  async function impressions(
    store: number,
    query: string,
    page: string[],
    count: number,
    clicksAt: (i: number) => number[],
  ) {
    const experiment = await db.prisma.experiment.create({
      data: {
        storeId: store,
        configA: { profile: 'lexical' },
        configB: { profile: 'colbert' },
        trafficPercent: 50,
        startedBy: 'analyst@shop.test',
      },
    });
    for (let i = 0; i < count; i++) {
      const id = `${store}-${query}-${i}-${experiment.id}`;
      await db.prisma.experimentImpression.create({
        data: {
          id,
          experimentId: experiment.id,
          storeId: store,
          query,
          visitorId: `visitor-${String(i).padStart(10, '0')}`,
          items: page.map((productId, n) => ({ id: productId, team: n % 2 ? 'b' : 'a' })),
        },
      });
      for (const position of clicksAt(i)) {
        await db.prisma.experimentClick.create({
          data: { impressionId: id, position, productId: page[position]!, team: 'a' },
        });
      }
    }
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    const [shop, other] = await Promise.all(
      ['clicks-shop', 'clicks-other'].map((slug) =>
        db.prisma.store.create({ data: { slug, name: slug } }),
      ),
    );
    storeId = shop!.id;
    otherStoreId = other!.id;
    await db.prisma.product.createMany({
      data: ['m1', 'm2', 'm3'].map((id) => ({
        storeId,
        id,
        sku: id,
        title: `Mouse ${id}`,
        contentHash: id,
      })),
    });
    // "mouse", 10 impressions of [m1, m2, m3]: shoppers click m2 (second) on 6, m1 on 2.
    await impressions(storeId, 'mouse', ['m1', 'm2', 'm3'], 10, (i) =>
      i < 6 ? [1] : i < 8 ? [0] : [],
    );
    // "cable", only 2 impressions: below the floor.
    await impressions(storeId, 'cable', ['m3'], 2, () => [0]);
    // Another store's clicks on the same query must not count here.
    await impressions(otherStoreId, 'mouse', ['m1'], 10, () => [0]);
  }, 120_000);
  afterAll(async () => db?.close());

  it('proposes grades from clicks over expected clicks, with the counts behind them', async () => {
    const {
      impressions: read,
      clicks,
      proposals,
    } = await proposeJudgmentsFromClicks(deps(), storeId);
    expect(read).toBe(12);
    expect(clicks).toBe(10);
    // Position rates over this store: 0 → 4/12 (m1's 2 and cable's 2), 1 → 6/10, 2 → 0/10.
    // m2: 6 clicks of 10 · 0.6 = 6 expected → ratio 1, grade 2. m1: 2 of 10 · 4/12 → 0.6, grade 1.
    // m3: no clicks where none were expected → ratio 0, grade 0.
    expect(proposals.map((p) => [p.query, p.productId, p.impressions, p.clicks, p.grade])).toEqual([
      ['mouse', 'm2', 10, 6, 2],
      ['mouse', 'm1', 10, 2, 1],
      ['mouse', 'm3', 10, 0, 0],
    ]);
    expect(proposals[0]!.title).toBe('Mouse m2');
    expect(proposals[1]!.expectedClicks).toBeCloseTo(10 / 3, 10);
  });

  it('lowers the floor when asked, and reads nothing of a store without experiments', async () => {
    const { proposals } = await proposeJudgmentsFromClicks(deps(), storeId, { minImpressions: 2 });
    expect(proposals.map((p) => p.query)).toContain('cable');
    const empty = await db.prisma.store.create({ data: { slug: 'clicks-none', name: 'none' } });
    expect(await proposeJudgmentsFromClicks(deps(), empty.id)).toEqual({
      impressions: 0,
      clicks: 0,
      proposals: [],
    });
  });

  it('saves reviewed proposals as a new set and refuses a name the store already uses', async () => {
    const saved = await saveClickJudgments(deps(), storeId, 'From clicks', [
      { query: 'mouse', productId: 'm2', grade: 3 },
      { query: 'mouse', productId: 'm1', grade: 1 },
    ]);
    expect(saved.judgments).toBe(2);
    expect(await loadQrels(deps(), saved.id)).toEqual(
      new Map([
        [
          'mouse',
          new Map([
            ['m1', 1],
            ['m2', 3],
          ]),
        ],
      ]),
    );
    await expect(
      saveClickJudgments(deps(), storeId, 'From clicks', [
        { query: 'mouse', productId: 'm3', grade: 0 },
      ]),
    ).rejects.toThrow(/already exists/);
    expect((await loadQrels(deps(), saved.id)).get('mouse')?.has('m3')).toBe(false);
  });
});
