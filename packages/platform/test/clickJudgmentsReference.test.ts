// The database's proposals from clicks against eval's definition (`proposeClickJudgments`) on
// generated traffic: several queries, products moving between positions, clicks drawn from a
// position bias times each product's appeal. Same pairs, counts, expected clicks, ratios and
// grades; impressions past their experiment's retention and other stores' left out; past the
// proposals cap, the most shown pairs kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase } from '@shopsearch/db/testing';
import { proposeClickJudgments, seededRandom, type ShownAt } from '@shopsearch/eval';
import {
  CLICK_PROPOSAL_LIMITS,
  proposeJudgmentsFromClicks,
  type ClickProposals,
} from '../src/judgments/clickJudgments.ts';

interface Page {
  query: string;
  products: string[];
  clicked: number[];
  daysAgo: number;
}

const QUERIES = ['mouse', 'cable', 'monitor', 'usb hub'];
const PAGE_SIZE = 6;
const POSITION_BIAS = [0.5, 0.3, 0.2, 0.12, 0.08, 0.05];
const EXPERIMENT = {
  configA: { profile: 'lexical' },
  configB: { profile: 'colbert' },
  trafficPercent: 50,
  startedBy: 'analyst@shop.test',
};

/** `count` pages: each shows PAGE_SIZE of its query's 9 products in a random order. */
function generatePages(count: number, seed: number, daysAgo: number): Page[] {
  const random = seededRandom(seed);
  const appeal = new Map<string, number>();
  return Array.from({ length: count }, () => {
    const query = QUERIES[Math.floor(random() * QUERIES.length)]!;
    const pool = Array.from({ length: 9 }, (_, n) => `${query.replace(' ', '-')}-${n}`);
    for (const p of pool) if (!appeal.has(p)) appeal.set(p, 0.1 + 2.9 * random() ** 2);
    const products = pool
      .map((p) => ({ p, key: random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, PAGE_SIZE)
      .map(({ p }) => p);
    const clicked = products.flatMap((p, position) =>
      random() < POSITION_BIAS[position]! * appeal.get(p)! ? [position] : [],
    );
    return { query, products, clicked, daysAgo };
  });
}

/** eval's input for these pages: one row per (query, product, position), in position order. */
function shownAt(pages: Page[]): ShownAt[] {
  const rows = new Map<string, ShownAt>();
  for (const { query, products, clicked } of pages) {
    products.forEach((productId, position) => {
      const key = JSON.stringify([query, productId, position]);
      const row = rows.get(key) ?? { query, productId, position, impressions: 0, clicks: 0 };
      row.impressions += 1;
      if (clicked.includes(position)) row.clicks += 1;
      rows.set(key, row);
    });
  }
  return [...rows.values()].sort((a, b) => a.position - b.position);
}

/** Each proposal's numbers, by (query, product): ties in ratio may be listed in either order. */
function byPair(proposals: Omit<ClickProposals['proposals'][number], 'title'>[]) {
  return proposals
    .map((p) => [p.query, p.productId, p.impressions, p.clicks, p.expectedClicks, p.ratio, p.grade])
    .sort(
      (a, b) =>
        String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])),
    );
}

describe('judgments proposed from clicks, counted by the database', () => {
  let db: Database;
  const deps = () => ({ prisma: db.prisma });
  const recent = generatePages(600, 7, 0);
  let storeId: number;

  const newStore = async (slug: string) =>
    (await db.prisma.store.create({ data: { slug, name: slug } })).id;

  async function record(store: number, pages: Page[], retentionDays = 30) {
    const experiment = await db.prisma.experiment.create({
      data: { ...EXPERIMENT, storeId: store, retentionDays },
    });
    const ids = pages.map((_, i) => `${experiment.id}-${i}`);
    await db.prisma.experimentImpression.createMany({
      data: pages.map((page, i) => ({
        id: ids[i]!,
        experimentId: experiment.id,
        storeId: store,
        query: page.query,
        visitorId: `visitor-${i}`,
        items: page.products.map((id, n) => ({ id, team: n % 2 ? 'b' : 'a' })),
        createdAt: new Date(Date.now() - page.daysAgo * 86_400_000),
      })),
    });
    await db.prisma.experimentClick.createMany({
      data: pages.flatMap((page, i) =>
        page.clicked.map((position) => ({
          impressionId: ids[i]!,
          position,
          productId: page.products[position]!,
          team: 'a',
        })),
      ),
    });
  }

  beforeAll(async () => {
    db = await openTestDatabase();
    storeId = await newStore('generated-clicks');
    await record(storeId, recent);
    // Past the experiment's 30 days: purged within the hour, and not read before.
    await record(storeId, generatePages(200, 8, 40));
    await record(await newStore('generated-other'), generatePages(200, 9, 0));
  }, 120_000);
  afterAll(async () => db?.close());

  it.each([1, 5, 40])(
    'gives eval’s pairs, counts and grades (impression floor %i)',
    async (minImpressions) => {
      const fromDatabase = await proposeJudgmentsFromClicks(deps(), storeId, { minImpressions });
      const reference = proposeClickJudgments(shownAt(recent), { minImpressions });
      expect(fromDatabase.impressions).toBe(recent.length);
      expect(fromDatabase.clicks).toBe(recent.reduce((n, p) => n + p.clicked.length, 0));
      expect(reference.length).toBeGreaterThan(0);
      expect(byPair(fromDatabase.proposals)).toEqual(byPair(reference));
    },
  );

  it('has generated traffic that reaches every grade', () => {
    const grades = new Set(proposeClickJudgments(shownAt(recent)).map((p) => p.grade));
    expect([...grades].sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps the most shown pairs past the proposals cap', async () => {
    const crowded = await newStore('crowded');
    const many = Array.from({ length: CLICK_PROPOSAL_LIMITS.proposals }, (_, n) => `p${n}`);
    await record(crowded, [
      { query: 'long page', products: ['a-rare', ...many], clicked: [0], daysAgo: 0 },
      { query: 'long page', products: many, clicked: [], daysAgo: 0 },
    ]);
    const { impressions, clicks, proposals } = await proposeJudgmentsFromClicks(deps(), crowded, {
      minImpressions: 1,
    });
    expect([impressions, clicks, proposals.length]).toEqual([2, 1, many.length]);
    expect(proposals.some((p) => p.productId === 'a-rare')).toBe(false);
  });
});
