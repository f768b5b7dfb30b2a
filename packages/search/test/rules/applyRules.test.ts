import { describe, expect, it } from 'vitest';
import type { RankedCandidate } from '../../src/profiles.ts';
import { applyRules } from '../../src/rules/applyRules.ts';
import { rulesFor, type MerchandisingRule } from '../../src/rules/merchandisingRule.ts';
import { ids, rule } from './ruleFixture.ts';

const list = (ids: string[]): RankedCandidate[] =>
  ids.map((productId, i) => ({
    productId,
    firstStageRank: i,
    lexicalScore: 1 - i / 100,
    maxSimScore: null,
    finalScore: 1 - i / 100,
  }));

const first = { offset: 0, filtered: false };

/** The product ids of `found` (in relevance order) once `rules` are applied to that stretch. */
const orderOf = (found: string[], rules: MerchandisingRule[], page = first) =>
  ids(applyRules(list(found), rules, page));

describe('which rules a search obeys', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('matches exact queries as search compares words, and contained ones by whole words', () => {
    const exact = rule({ kind: 'hide', productId: 'a' });
    const contains = rule({ kind: 'hide', productId: 'b' }, { match: 'contains' });
    expect(rulesFor([exact, contains], '  LAPTOP ', now)).toEqual([exact, contains]);
    expect(rulesFor([exact, contains], 'gaming laptop bag', now)).toEqual([contains]);
    expect(rulesFor([exact, contains], 'laptops', now)).toEqual([]);
    expect(rulesFor([exact, contains], '', now)).toEqual([]);
  });

  it('puts exact rules before contained ones, then the oldest first', () => {
    const contains = rule({ kind: 'hide', productId: 'a' }, { match: 'contains' });
    const newer = rule({ kind: 'hide', productId: 'b' });
    const older = { ...rule({ kind: 'hide', productId: 'c' }), id: 0 };
    expect(rulesFor([contains, newer, older], 'laptop', now).map((r) => r.id)).toEqual([
      0,
      newer.id,
      contains.id,
    ]);
  });

  it('leaves out disabled rules and rules outside their dates (the end is exclusive)', () => {
    const rules = [
      rule({ kind: 'hide', productId: 'a' }, { enabled: false }),
      rule({ kind: 'hide', productId: 'b' }, { startsAt: new Date('2026-12-08T00:00:00Z') }),
      rule({ kind: 'hide', productId: 'c' }, { endsAt: now }),
      rule(
        { kind: 'hide', productId: 'd' },
        { startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2026-12-31T00:00:00Z') },
      ),
    ];
    expect(rulesFor(rules, 'laptop', now).map((r) => r.id)).toEqual([rules[3]!.id]);
  });
});

describe('applying rules to the relevance order', () => {
  it('hides products and keeps the page full from further down', () => {
    const hide = rule({ kind: 'hide', productId: 'b' });
    expect(orderOf(['a', 'b', 'c', 'd'], [hide])).toEqual(['a', 'c', 'd']);
  });

  it('pins a found product at its position and removes it from where it was', () => {
    const out = applyRules(
      list(['a', 'b', 'c', 'd']),
      [rule({ kind: 'pin', productId: 'd', position: 1 })],
      first,
    );
    expect(ids(out)).toEqual(['d', 'a', 'b', 'c']);
    expect(out[0]).toMatchObject({ firstStageRank: 3, pinnedBy: expect.any(Number) });
    expect(out[1]!.pinnedBy).toBeUndefined();
  });

  it('places a product the first stage did not find, unless the search was filtered', () => {
    const pin = rule({ kind: 'pin', productId: 'x', position: 2 });
    expect(orderOf(['a', 'b', 'c'], [pin])).toEqual(['a', 'x', 'b']);
    expect(applyRules(list(['a', 'b', 'c']), [pin], first)[1]!.firstStageRank).toBe(-1);
    expect(orderOf(['a', 'b', 'c'], [pin], { offset: 0, filtered: true })).toEqual(['a', 'b', 'c']);
  });

  it('resolves conflicts: hide beats pin, first pin of a product wins, a taken position moves on', () => {
    const rules = [
      rule({ kind: 'pin', productId: 'c', position: 1 }),
      rule({ kind: 'pin', productId: 'd', position: 1 }),
      rule({ kind: 'pin', productId: 'c', position: 3 }),
      rule({ kind: 'pin', productId: 'b', position: 1 }),
      rule({ kind: 'hide', productId: 'b' }),
    ];
    expect(orderOf(['a', 'b', 'c', 'd', 'e'], rules)).toEqual(['c', 'd', 'a', 'e']);
  });

  it('on a later stretch, places only pins that fall in it, and never repeats a pinned product', () => {
    const rules = [
      rule({ kind: 'pin', productId: 'a', position: 1 }),
      rule({ kind: 'pin', productId: 'x', position: 4 }),
    ];
    // Positions 2…4 of the full order: "a" was placed on the page before, "x" lands at 4.
    const out = applyRules(list(['a', 'b', 'c']), rules, { offset: 2, filtered: false });
    expect(ids(out)).toEqual(['b', 'x', 'c']);
  });

  it('changes nothing without rules', () => {
    const before = list(['a', 'b']);
    expect(applyRules(before, [], first)).toEqual(before);
  });
});
