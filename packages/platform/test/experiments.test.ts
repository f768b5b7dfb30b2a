// Interleaving experiments end to end on a real database: starting (and what is refused), serving
// interleaved pages to visitors in the traffic share, recording clicks (and refusing clicks for
// other stores, other visitors, unknown impressions and floods), the outcome with its sign test,
// stopping, and purging by retention.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZSearchConfiguration, type SearchRequest } from '@shopsearch/search';
import type { Platform } from '../src/createPlatform.ts';
import {
  ExperimentRefusedError,
  ImpressionNotFoundError,
} from '../src/experiments/experimentErrors.ts';
import { ClickLimitError } from '../src/experiments/experimentErrors.ts';
import {
  listExperiments,
  startExperiment,
  type ExperimentStart,
  stopExperiment,
} from '../src/experiments/experiments.ts';
import { MAX_CLICKS_PER_HOUR, recordClick } from '../src/experiments/experimentClicks.ts';
import { experimentReport } from '../src/experiments/experimentReport.ts';
import { searchForVisitor } from '../src/experiments/interleavedSearch.ts';
import { purgeExpiredExperimentData } from '../src/experiments/purgeExperimentData.ts';
import { addIndexedStore, testPlatform } from '../src/testing/testStore.ts';
import { firstPage } from './helpers/firstStages.ts';

const LEXICAL = ZSearchConfiguration.parse({ profile: 'lexical', label: 'words' });
const COLBERT = ZSearchConfiguration.parse({ profile: 'colbert', rerankDepth: 50 });
const BY = 'analyst@shop.test';

describe('interleaving experiments', () => {
  let platform: Platform;
  let storeId: number;
  let otherStoreId: number;
  const deps = () => platform.services;
  const request = (text: string, page = 0): SearchRequest => ({
    ...firstPage(
      storeId,
      text,
      { name: 'hybrid', fusion: 'rrf', k: 60 },
      {
        pageSize: 4,
        rerankDepth: 50,
      },
    ),
    page,
  });
  /** Started by the analyst in `storeId`. */
  const start = (experiment: ExperimentStart) => startExperiment(deps(), storeId, experiment, BY);
  const visitor = (n: number) => `visitor-${String(n).padStart(10, '0')}`;

  beforeAll(async () => {
    platform = await testPlatform();
    storeId = await addIndexedStore(platform, 'shop');
    otherStoreId = await addIndexedStore(platform, 'other');
  }, 120_000);
  afterAll(async () => platform?.close());

  it('refuses identical configurations and a store without storefront searches', async () => {
    await expect(
      start({ configA: LEXICAL, configB: { ...LEXICAL, label: 'x' }, trafficPercent: 50 }),
    ).rejects.toThrow(/rank alike/);
    await expect(start({ configA: LEXICAL, configB: COLBERT, trafficPercent: 50 })).rejects.toThrow(
      /no storefront searches/,
    );
    const elsewhere = await platform.db.prisma.indexVersion.findFirstOrThrow({
      where: { storeId: otherStoreId },
    });
    await expect(
      start({
        configA: LEXICAL,
        configB: { ...COLBERT, indexVersionId: elsewhere.id },
        trafficPercent: 50,
      }),
    ).rejects.toThrow(/not one of this store’s/);
    expect(await listExperiments(deps(), storeId)).toEqual([]);
  });

  it('starts one experiment per store and serves interleaved, consistent pages', async () => {
    await platform.services.search.search(request('mouse'));
    await platform.events.drain();
    const started = await start({ configA: LEXICAL, configB: COLBERT, trafficPercent: 100 });
    expect(started).toMatchObject({ running: true, labelA: 'words', retentionDays: 30 });
    await expect(
      start({ configA: COLBERT, configB: LEXICAL, trafficPercent: 10 }),
    ).rejects.toBeInstanceOf(ExperimentRefusedError);
    expect(await deps().runningExperiments.get(otherStoreId)).toBeNull();

    const first = await searchForVisitor(deps(), request('mouse'), visitor(1));
    expect(first.impressionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const again = await searchForVisitor(deps(), request('mouse'), visitor(1));
    expect(again.hits.map((h) => h.product.id)).toEqual(first.hits.map((h) => h.product.id));
    expect(again.impressionId).not.toBe(first.impressionId);
    const second = await searchForVisitor(deps(), request('mouse', 1), visitor(1));
    expect(second.impressionId).toBeNull();
    const shown = [...first.hits, ...second.hits].map((h) => h.product.id);
    expect(new Set(shown).size).toBe(shown.length);

    const ids = async (config: typeof LEXICAL) =>
      (
        await platform.services.search.search({
          ...request('mouse'),
          pageSize: 8,
          profile: config.profile === 'lexical' ? { name: 'lexical' } : { name: 'colbert' },
        })
      ).hits.map((h) => h.product.id);
    const union = new Set([...(await ids(LEXICAL)), ...(await ids(COLBERT))]);
    for (const id of shown) expect(union.has(id)).toBe(true);

    // Not interleaved: no visitor id, another sort, a browse.
    expect((await searchForVisitor(deps(), request('mouse'), null)).impressionId).toBeNull();
    const byPrice = { ...request('mouse'), sort: 'price_asc' as const };
    expect((await searchForVisitor(deps(), byPrice, visitor(1))).impressionId).toBeNull();
    expect((await searchForVisitor(deps(), request(''), visitor(1))).impressionId).toBeNull();
  });

  it('refuses clicks for unknown impressions, other stores, other visitors and wrong products', async () => {
    const page = await searchForVisitor(deps(), request('mouse'), visitor(2));
    const click = {
      storeId,
      impressionId: page.impressionId!,
      position: 0,
      productId: page.hits[0]!.product.id,
      visitorId: visitor(2),
    };
    for (const bad of [
      { impressionId: 'no-such-impression-00' },
      { storeId: otherStoreId },
      { visitorId: visitor(3) },
      { visitorId: null },
      { productId: page.hits[1]!.product.id },
      { position: 40 },
    ]) {
      await expect(recordClick(deps(), { ...click, ...bad })).rejects.toBeInstanceOf(
        ImpressionNotFoundError,
      );
    }
    expect(await recordClick(deps(), click)).toEqual({ counted: true });
    expect(await recordClick(deps(), click)).toEqual({ counted: false });
    const other = await experimentsOf(otherStoreId);
    expect(other).toEqual([]);
  });

  it('does not count a flood of clicks from one visitor', async () => {
    let counted = 0;
    let refused = 0;
    let attempted = 0;
    for (let i = 0; i < 12; i++) {
      const page = await searchForVisitor(deps(), request('mouse'), visitor(4));
      for (const [position, hit] of page.hits.entries()) {
        attempted++;
        try {
          const click = {
            storeId,
            impressionId: page.impressionId!,
            position,
            productId: hit.product.id,
            visitorId: visitor(4),
          };
          if ((await recordClick(deps(), click)).counted) counted++;
        } catch (error) {
          expect(error).toBeInstanceOf(ClickLimitError);
          refused++;
        }
      }
    }
    expect(counted).toBe(MAX_CLICKS_PER_HOUR);
    expect(refused).toBe(attempted - MAX_CLICKS_PER_HOUR);
  });

  it('counts wins, losses and ties per impression and names a significant winner', async () => {
    const experiment = (await deps().runningExperiments.get(storeId))!;
    const before = await experimentReport(deps(), storeId, experiment.id);
    let clickedForA = 0;
    for (let n = 100; clickedForA < 8 && n < 200; n++) {
      const page = await searchForVisitor(deps(), request('wireless bluetooth mouse'), visitor(n));
      const items = await platform.db.prisma.experimentImpression.findUniqueOrThrow({
        where: { id: page.impressionId! },
      });
      const position = (items.items as { team: string }[]).findIndex((i) => i.team === 'a');
      if (position < 0) continue;
      await recordClick(deps(), {
        storeId,
        impressionId: page.impressionId!,
        position,
        productId: page.hits[position]!.product.id,
        visitorId: visitor(n),
      });
      clickedForA++;
    }
    expect(clickedForA).toBe(8);
    const report = await experimentReport(deps(), storeId, experiment.id);
    expect(report.winsA - before.winsA).toBe(8);
    expect(report.winsB).toBe(before.winsB);
    expect(report.impressions).toBeGreaterThan(before.impressions + 8);
    expect(report.winsA + report.winsB + report.ties).toBe(report.clickedImpressions);
    expect(report.pValue).toBeLessThan(0.05);
    expect(report.winner).toBe(report.winsA > report.winsB ? 'a' : 'b');
    await expect(experimentReport(deps(), otherStoreId, experiment.id)).rejects.toThrow(
      /does not exist in this store/,
    );
  });

  it('stops: later clicks are refused and a new experiment may start', async () => {
    const experiment = (await deps().runningExperiments.get(storeId))!;
    const page = await searchForVisitor(deps(), request('mouse'), visitor(5));
    await expect(stopExperiment(deps(), otherStoreId, experiment.id, BY)).rejects.toThrow(
      /does not exist/,
    );
    const stopped = await stopExperiment(deps(), storeId, experiment.id, BY);
    expect(stopped).toMatchObject({ running: false, stoppedBy: BY });
    await expect(stopExperiment(deps(), storeId, experiment.id, BY)).rejects.toThrow(/already/);
    await expect(
      recordClick(deps(), {
        storeId,
        impressionId: page.impressionId!,
        position: 0,
        productId: page.hits[0]!.product.id,
        visitorId: visitor(5),
      }),
    ).rejects.toBeInstanceOf(ImpressionNotFoundError);
    expect((await searchForVisitor(deps(), request('mouse'), visitor(5))).impressionId).toBeNull();
    const next = await start({
      configA: COLBERT,
      configB: LEXICAL,
      trafficPercent: 100,
      retentionDays: 7,
    });
    expect(next.running).toBe(true);
  });

  it('purges impressions and their clicks past the experiment’s retention', async () => {
    const { prisma } = platform.db;
    const experiment = (await deps().runningExperiments.get(storeId))!;
    const old = await searchForVisitor(deps(), request('mouse'), visitor(6));
    const fresh = await searchForVisitor(deps(), request('mouse'), visitor(7));
    for (const [page, n] of [
      [old, 6],
      [fresh, 7],
    ] as const) {
      await recordClick(deps(), {
        storeId,
        impressionId: page.impressionId!,
        position: 0,
        productId: page.hits[0]!.product.id,
        visitorId: visitor(n),
      });
    }
    await prisma.experimentImpression.update({
      where: { id: old.impressionId! },
      data: { createdAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    // The stopped experiment (30 days) keeps an impression 8 days old; this one (7 days) does not.
    const kept = await prisma.experimentImpression.findFirstOrThrow({
      where: { experimentId: { not: experiment.id } },
    });
    await prisma.experimentImpression.update({
      where: { id: kept.id },
      data: { createdAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    expect(await purgeExpiredExperimentData(deps())).toBe(1);
    expect(
      await prisma.experimentImpression.findUnique({ where: { id: old.impressionId! } }),
    ).toBeNull();
    expect(await prisma.experimentClick.count({ where: { impressionId: old.impressionId! } })).toBe(
      0,
    );
    expect(
      await prisma.experimentClick.count({ where: { impressionId: fresh.impressionId! } }),
    ).toBe(1);
    expect(await prisma.experimentImpression.findUnique({ where: { id: kept.id } })).not.toBeNull();
  });

  const experimentsOf = (id: number) => listExperiments(deps(), id);
});
