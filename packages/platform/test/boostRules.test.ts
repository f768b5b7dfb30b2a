// Boost and bury rules on both first stages: products matching the filter move by the factor
// after reranking, pins keep their positions over them, hits and previews say what moved, and bad
// factors and filters are refused with a sentence, saving nothing.
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchRequest } from '@shopsearch/search';
import type { Platform } from '../src/createPlatform.ts';
import {
  createRule,
  listRules,
  RuleRefusedError,
  updateRule,
} from '../src/searchSettings/storeRules.ts';
import { previewRule } from '../src/searchSettings/previewRule.ts';
import type { RuleInput } from '../src/searchSettings/ruleChecks.ts';
import { addIndexedStore, testPlatform } from '../src/testing/testStore.ts';
import { firstPage, firstStages } from './helpers/firstStages.ts';

const STAGES = firstStages();
const BY = 'merchant@shop.test';
const COLBERT = { name: 'colbert' } as const;

describe.each(STAGES)('boost rules on the %s first stage', (_, config) => {
  let platform: Platform;
  let storeId: number;
  afterAll(async () => platform?.close());

  const hits = async (text: string, profile: SearchRequest['profile'] = COLBERT) =>
    (
      await platform.services.search.search(
        firstPage(storeId, text, profile, { pageSize: 10, rerankDepth: 50 }),
      )
    ).hits;
  const ids = async (text: string, profile?: SearchRequest['profile']) =>
    (await hits(text, profile)).map((h) => h.product.id);
  const rule = { query: 'mouse', match: 'contains', action: 'boost' } as const;

  it('lifts a boosted brand and sinks a buried one, on every profile, pins first', async () => {
    platform = await testPlatform(await config());
    storeId = await addIndexedStore(platform, 'shop');
    const deps = platform.services;
    const before = await ids('mouse');
    const last = before.at(-1)!;
    expect(before.length).toBeGreaterThan(2);
    const brandOf = async (id: string) =>
      (await platform.db.prisma.product.findFirstOrThrow({ where: { storeId, id } })).brand;
    const lastBrand = await brandOf(last);
    expect(await brandOf(before[0]!)).not.toBe(lastBrand);

    const boostInput = { ...rule, filter: { brands: [lastBrand] }, factor: 2 };
    const boost = await createRule(deps, storeId, boostInput, BY);
    for (const profile of [{ name: 'lexical' }, COLBERT] as const) {
      const page = await hits('wireless mouse', profile);
      if (page.some((h) => h.product.brand === lastBrand)) {
        expect(page[0]!.product.brand).toBe(lastBrand);
        expect(page[0]!.boost).toBe(2);
      }
      const top = (await hits('mouse', profile))[0]!;
      expect([top.product.brand, top.boost]).toEqual([lastBrand, 2]);
    }
    expect((await hits('keyboard')).every((h) => h.boost === null)).toBe(true);

    // Switched off, the boost stops at once.
    await updateRule(deps, storeId, boost.id, { ...boostInput, enabled: false }, BY);
    expect(await ids('mouse')).toEqual(before);

    // A bury of the first hit's brand sinks its products below the others.
    const firstBrand = await brandOf(before[0]!);
    await createRule(deps, storeId, { ...rule, filter: { brands: [firstBrand] }, factor: 0.1 }, BY);
    const buried = await hits('mouse');
    const firstBuried = buried.findIndex((h) => h.boost !== null);
    expect(firstBuried).toBeGreaterThan(0);
    expect(buried.slice(firstBuried).map((h) => [h.product.brand, h.boost])).toEqual(
      buried.slice(firstBuried).map(() => [firstBrand, 0.1]),
    );

    // A pin keeps its position over any boost.
    await createRule(
      deps,
      storeId,
      { query: 'mouse', match: 'exact', action: 'pin', productId: 'p1', position: 1 },
      BY,
    );
    expect((await ids('mouse'))[0]).toBe('p1');
  });

  it('previews a boost moving products on the first page', async () => {
    const headphones: RuleInput = {
      query: 'headphones',
      match: 'exact',
      action: 'boost',
      filter: { brands: ['Sony'] },
      factor: 3,
    };
    const { before } = await previewRule(platform.services, storeId, headphones);
    expect(before.length).toBe(2);
    const topBrand = before[0]!.id === 'h1' ? 'Sony' : 'JBL';
    const preview = await previewRule(platform.services, storeId, {
      ...headphones,
      filter: { brands: [topBrand] },
      factor: 0.4,
    });
    expect(preview.before).toEqual(before);
    expect(preview.after.map((h) => [h.id, h.boost])).toEqual([
      [before[1]!.id, null],
      [before[0]!.id, 0.4],
    ]);
  });

  it('refuses bad factors and filters with a sentence, saving nothing', async () => {
    const saved = await listRules(platform.db, storeId);
    const refusal = (input: Parameters<typeof createRule>[2]) =>
      createRule(platform.services, storeId, input, BY).then(
        () => 'saved',
        (e: unknown) => (e instanceof RuleRefusedError ? e.message : `other: ${String(e)}`),
      );
    const brands = { brands: ['Sony'] };
    expect(await refusal({ ...rule, filter: brands, factor: 1 })).toMatch(
      /factor of 1 changes nothing/,
    );
    expect(await refusal({ ...rule, filter: brands, factor: 11 })).toMatch(/factor from 0.1 to 10/);
    expect(await refusal({ ...rule, filter: brands, factor: 0 })).toMatch(/factor from 0.1 to 10/);
    expect(await refusal({ ...rule, filter: brands })).toMatch(/factor from 0.1 to 10/);
    expect(await refusal({ ...rule, filter: {}, factor: 2 })).toMatch(/needs a filter/);
    expect(await refusal({ ...rule, factor: 2 })).toMatch(/needs a filter/);
    expect(
      await refusal({
        ...rule,
        factor: 2,
        filter: { attributes: { attr_t_nope: { kind: 'text', anyOf: ['x'] } } },
      }),
    ).toMatch(/The boost's filter: "attr_t_nope" is not a filter of this store/);
    expect(
      await refusal({
        ...rule,
        factor: 2,
        filter: { price: { min: 10, max: 1 } } as never,
      }),
    ).toMatch(/min must not exceed max/);
    expect(await listRules(platform.db, storeId)).toEqual(saved);
  });
});
