import { afterAll, describe, expect, it } from 'vitest';
import { editDistance } from '@shopsearch/search';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';

const t: TestPlatform = await indexedTestPlatform();
afterAll(async () => t.close());

describe('search.relax', () => {
  it('offers the search without its filters when the filters emptied it', async () => {
    const filters = { brands: ['Sony'] };
    expect((await t.caller.search.query({ store: 'shop', q: 'mouse', filters })).total).toBe(0);
    const alternatives = await t.caller.search.relax({ store: 'shop', q: 'mouse', filters });
    expect(alternatives).toContainEqual({
      kind: 'without-filters',
      q: 'mouse',
      keepsFilters: false,
      changedWords: [],
      total: 3,
      totalExhaustive: true,
    });
  });

  it('corrects a misspelt word from the catalog’s own words', async () => {
    const alternatives = await t.caller.search.relax({ store: 'shop', q: 'keybord' });
    expect(alternatives[0]).toMatchObject({
      kind: 'spelling',
      q: 'keyboard',
      changedWords: ['keybord'],
      total: 1,
    });
  });

  it('leaves out a word nothing matches', async () => {
    const q = 'logitec zzqqx';
    expect((await t.caller.search.query({ store: 'shop', q })).total).toBe(0);
    const alternatives = await t.caller.search.relax({ store: 'shop', q });
    expect(alternatives).toContainEqual(
      expect.objectContaining({ kind: 'fewer-words', q: 'logitec', changedWords: ['zzqqx'] }),
    );
    expect(alternatives.every((a) => a.total > 0)).toBe(true);
  });

  it('leaves its probe searches out of the search analytics', async () => {
    const { prisma } = t.db;
    await t.platform.events.drain();
    const before = await prisma.searchEvent.count();
    await t.caller.search.relax({ store: 'shop', q: 'logitec zzqqx', filters: { brands: ['HP'] } });
    await t.platform.events.drain();
    expect(await prisma.searchEvent.count()).toBe(before);
  });

  it('offers nothing rather than a search that finds nothing', async () => {
    expect(await t.caller.search.relax({ store: 'shop', q: 'qqqqzz' })).toEqual([]);
  });

  it('refuses a filter on an attribute the store does not facet', async () => {
    await expect(
      t.caller.search.relax({
        store: 'shop',
        q: 'mouse',
        filters: { attributes: { attr_t_nope: { kind: 'text', anyOf: ['x'] } } },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('keybord', 'keyboard')).toBe(1);
    expect(editDistance('mosue', 'mouse')).toBe(1);
    expect(editDistance('laptop', 'laptop')).toBe(0);
    expect(editDistance('cable', 'table')).toBe(1);
    expect(editDistance('abc', '')).toBe(3);
  });
});
