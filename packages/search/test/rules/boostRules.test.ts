import { describe, expect, it } from 'vitest';
import type { RankedCandidate } from '../../src/profiles.ts';
import type { AttributeFilter } from '../../src/retrieval.ts';
import { applyRules } from '../../src/rules/applyRules.ts';
import {
  applyBoosts,
  boostFactors,
  matchesFilter,
  type BoostedProduct,
} from '../../src/rules/boostRules.ts';
import { ids, rule } from './ruleFixture.ts';

const ranked = (scores: Record<string, number>): RankedCandidate[] =>
  Object.entries(scores).map(([productId, finalScore], i) => ({
    productId,
    firstStageRank: i,
    lexicalScore: null,
    maxSimScore: null,
    finalScore,
  }));

const product = (p: Partial<BoostedProduct>): BoostedProduct => ({
  brand: 'Acme',
  priceMinor: 1_000,
  availability: 'in_stock',
  attributes: {},
  ...p,
});

describe('which products a boost filter matches', () => {
  it('reads brands, inclusive price bounds, availability and attributes of their kind', () => {
    const p = product({ attributes: { colour: 'red', weight: 2, usb: true } });
    expect(matchesFilter(p, { brands: ['Acme', 'Zeta'] })).toBe(true);
    expect(matchesFilter(p, { brands: ['acme'] })).toBe(false);
    expect(matchesFilter(p, { price: { min: 1_000, max: 1_000 } })).toBe(true);
    expect(matchesFilter(p, { price: { min: 1_001 } })).toBe(false);
    expect(matchesFilter(product({ priceMinor: null }), { price: { max: 5 } })).toBe(false);
    expect(matchesFilter(p, { availability: ['preorder'] })).toBe(false);
    const attrs: Record<string, AttributeFilter> = {
      colour: { kind: 'text', anyOf: ['red'] },
      weight: { kind: 'numeric', range: { max: 2 } },
      usb: { kind: 'boolean', value: true },
    };
    expect(matchesFilter(p, { attributes: attrs })).toBe(true);
    expect(
      matchesFilter(p, { attributes: { weight: { kind: 'numeric', range: { min: 3 } } } }),
    ).toBe(false);
    expect(
      matchesFilter(p, { attributes: { colour: { kind: 'numeric', range: { min: 0 } } } }),
    ).toBe(false);
    expect(matchesFilter(p, { brands: ['Acme'], price: { max: 10 } })).toBe(false);
  });

  it('multiplies the factors of every boost a product matches', () => {
    const products = new Map([
      ['a', product({ brand: 'Acme' })],
      ['b', product({ brand: 'Zeta', priceMinor: 50 })],
      ['c', product({ brand: 'Other' })],
    ]);
    const factors = boostFactors(
      [
        rule({ kind: 'boost', filter: { brands: ['Acme', 'Zeta'] }, factor: 2 }),
        rule({ kind: 'boost', filter: { price: { max: 100 } }, factor: 0.25 }),
        rule({ kind: 'hide', productId: 'c' }),
      ],
      products,
    );
    expect([...factors]).toEqual([
      ['a', 2],
      ['b', 0.5],
    ]);
  });
});

describe('reordering by boosted scores', () => {
  it('moves a boosted product up and a buried one down, ties keeping the ranked order', () => {
    const list = ranked({ a: 0.9, b: 0.8, c: 0.5, d: 0.1 });
    expect(ids(applyBoosts(list, new Map([['c', 2]])))).toEqual(['c', 'a', 'b', 'd']);
    // Scaled to 1…2: a 2, b 1.875, c 1.5, d 1; a buried ×0.5 ties d and keeps its place before it.
    expect(ids(applyBoosts(list, new Map([['a', 0.5]])))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(applyBoosts(list, new Map([['a', 0.4]])))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(applyBoosts(list, new Map([['c', 1.2]])))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(applyBoosts(list, new Map([['c', 1.3]])))).toEqual(['a', 'c', 'b', 'd']);
    expect(ids(applyBoosts(list, new Map()))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lifts the lowest and negative scores too, and leaves unscored products at the end', () => {
    const list = ranked({ a: 0.2, b: -0.1, c: -0.3, z: Number.NEGATIVE_INFINITY });
    expect(ids(applyBoosts(list, new Map([['c', 10]])))).toEqual(['c', 'a', 'b', 'z']);
    expect(ids(applyBoosts(ranked({ a: 1, b: 1 }), new Map([['b', 1.5]])))).toEqual(['b', 'a']);
    expect(ids(applyBoosts(list, new Map([['z', 10]])))).toEqual(['a', 'b', 'c', 'z']);
  });

  it('applies hides first, then boosts, then pins at their positions', () => {
    const list = ranked({ a: 0.9, b: 0.8, c: 0.7, d: 0.6 });
    const rules = [
      rule({ kind: 'hide', productId: 'd' }),
      rule({ kind: 'pin', productId: 'a', position: 1 }),
      rule({ kind: 'boost', filter: { brands: ['Acme'] }, factor: 3 }),
    ];
    const boosts = new Map([
      ['a', 3],
      ['c', 3],
      ['d', 3],
    ]);
    const out = applyRules(list, rules, { offset: 0, filtered: false, boosts });
    expect(ids(out)).toEqual(['a', 'c', 'b']);
    expect(out.map((c) => c.boost)).toEqual([undefined, 3, undefined]);
  });
});
