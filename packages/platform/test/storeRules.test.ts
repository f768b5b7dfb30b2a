// Merchandising rules on both first stages: a pinned product takes its position (even one the
// words did not find), a hidden one leaves search and suggestions, contradictions are refused
// with a sentence, every change is recorded with who and when, and nothing needs a re-index.
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchRequest } from '@shopsearch/search';
import type { Platform } from '../src/createPlatform.ts';
import {
  createRule,
  deleteRule,
  listRules,
  ruleHistory,
  RuleRefusedError,
  updateRule,
} from '../src/searchSettings/storeRules.ts';
import { previewRule } from '../src/searchSettings/previewRule.ts';
import { addIndexedStore, testPlatform } from '../src/testing/testStore.ts';
import { firstPage, firstStages } from './helpers/firstStages.ts';

const STAGES = firstStages();
const BY = 'merchant@shop.test';

describe.each(STAGES)('rules on the %s first stage', (_, config) => {
  let platform: Platform;
  let storeId: number;
  afterAll(async () => platform?.close());

  const ids = async (text: string, profile: SearchRequest['profile'], filters = {}) =>
    (
      await platform.services.search.search({
        ...firstPage(storeId, text, profile, { pageSize: 10, rerankDepth: 50 }),
        filters,
      })
    ).hits.map((h) => (h.pinned ? `${h.product.id}*` : h.product.id));

  it('pins and hides for the rule’s query, on every profile, with no re-index', async () => {
    platform = await testPlatform(await config());
    storeId = await addIndexedStore(platform, 'shop');
    const deps = platform.services;
    const before = await ids('mouse', { name: 'colbert' });
    expect(before.length).toBeGreaterThan(2);
    expect(before).not.toContain('p1');
    const suggests = async (id: string) =>
      (await platform.services.search.suggest(storeId, 'mouse', 10)).some(
        (s) => s.productId === id,
      );
    expect(await suggests(before[0]!)).toBe(true);

    const hide = await createRule(
      deps,
      storeId,
      { query: 'Mouse', match: 'exact', action: 'hide', productId: before[0]! },
      BY,
    );
    // A printer the words never find, pinned second.
    await createRule(
      deps,
      storeId,
      { query: 'mouse', match: 'exact', action: 'pin', productId: 'p1', position: 2 },
      BY,
    );
    for (const profile of [{ name: 'lexical' }, { name: 'colbert' }] as const) {
      const after = await ids('mouse', profile);
      expect(after[1]).toBe('p1*');
      expect(after).not.toContain(before[0]);
    }
    // Suggestions for the query leave the hidden product out too.
    expect(await suggests(before[0]!)).toBe(false);
    // Another query, and a filtered search (the printer does not match its filters), are left be.
    expect(await ids('wireless mouse', { name: 'colbert' })).not.toContain('p1*');
    expect(await ids('mouse', { name: 'colbert' }, { brands: ['Logitech'] })).not.toContain('p1*');

    // Disabled, the hide stops at once; the change is recorded as such.
    await updateRule(
      deps,
      storeId,
      hide.id,
      { query: 'mouse', match: 'exact', action: 'hide', productId: before[0]!, enabled: false },
      BY,
    );
    expect(await ids('mouse', { name: 'colbert' })).toContain(before[0]);
    await deleteRule(deps, storeId, hide.id, BY);
    const history = await ruleHistory(platform.db, storeId);
    expect(history.map((h) => [h.ruleId === hide.id, h.change, h.byEmail])).toEqual([
      [true, 'deleted', BY],
      [true, 'disabled', BY],
      [false, 'created', BY],
      [true, 'created', BY],
    ]);
    expect((await listRules(platform.db, storeId)).map((r) => r.productTitle)).toEqual([
      'HP LaserJet Pro M404dn laser printer',
    ]);
  });

  it('refuses contradictions and bad rules with a sentence, saving nothing', async () => {
    const deps = platform.services;
    const refusal = (input: Parameters<typeof createRule>[2]) =>
      createRule(deps, storeId, input, BY).then(
        () => 'saved',
        (e: unknown) => (e instanceof RuleRefusedError ? e.message : `other: ${String(e)}`),
      );
    const pin = { query: 'mouse', match: 'exact', action: 'pin' } as const;
    expect(await refusal({ ...pin, productId: 'm2', position: 2 })).toMatch(
      /already pins product “p1” at position 2/,
    );
    expect(await refusal({ ...pin, productId: 'p1', position: 5 })).toMatch(
      /already pins product “p1”/,
    );
    expect(await refusal({ ...pin, action: 'hide', productId: 'p1' })).toMatch(
      /cannot be both pinned and hidden/,
    );
    expect(await refusal({ ...pin, productId: 'nope', position: 1 })).toBe(
      'There is no product “nope” in this store.',
    );
    expect(await refusal({ ...pin, productId: 'm2', position: 51 })).toMatch(/from 1 to 50/);
    expect(await refusal({ ...pin, query: '   ', productId: 'm2', position: 1 })).toMatch(
      /needs the query/,
    );
    expect(
      await refusal({
        ...pin,
        productId: 'm2',
        position: 3,
        startsAt: new Date('2027-01-02'),
        endsAt: new Date('2027-01-01'),
      }),
    ).toBe('A rule must end after it starts.');
    // Pins at one position in different weeks do not contradict each other (ends are exclusive).
    const week = (productId: string, from: string, to: string) =>
      refusal({ ...pin, productId, position: 3, startsAt: new Date(from), endsAt: new Date(to) });
    expect(await week('m2', '2099-01-01', '2099-01-08')).toBe('saved');
    expect(await week('m3', '2099-01-08', '2099-01-15')).toBe('saved');
    expect(await week('k1', '2099-01-05', '2099-01-10')).toMatch(/already pins product “m2”/);
    expect(await listRules(platform.db, storeId)).toHaveLength(3);
  });

  it('previews a rule: the first page now and with it, saving nothing', async () => {
    const saved = await listRules(platform.db, storeId);
    const preview = await previewRule(platform.services, storeId, {
      query: 'Keyboard',
      match: 'exact',
      action: 'pin',
      productId: 'p1',
      position: 1,
    });
    expect(preview.query).toBe('keyboard');
    expect(preview.before.map((h) => h.id)).not.toContain('p1');
    expect(preview.after[0]).toEqual({
      id: 'p1',
      title: 'HP LaserJet Pro M404dn laser printer',
      pinned: true,
      boost: null,
    });
    expect(preview.after.slice(1).map((h) => h.id)).toEqual(
      preview.before.map((h) => h.id).slice(0, preview.after.length - 1),
    );
    expect(await listRules(platform.db, storeId)).toEqual(saved);
    // A preview is checked as saving is.
    await expect(
      previewRule(platform.services, storeId, {
        query: 'mouse',
        match: 'exact',
        action: 'hide',
        productId: 'p1',
      }),
    ).rejects.toThrow(/cannot be both pinned and hidden/);
  });

  it('keeps rules to their store', async () => {
    const other = await addIndexedStore(platform, 'other');
    const [rule] = await listRules(platform.db, storeId);
    await expect(deleteRule(platform.services, other, rule!.id, BY)).rejects.toThrow(
      'This rule does not exist in this store.',
    );
    expect(await listRules(platform.db, other)).toEqual([]);
  });
});
