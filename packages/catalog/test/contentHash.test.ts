import { describe, expect, it } from 'vitest';
import { createProductSchema, productContentHash } from '../src/index.ts';

const schema = createProductSchema('USD');
const base = {
  id: 'P1',
  title: 'Garmin Forerunner 255',
  price: '349.99',
  attributes: { colour: 'Black', weight: 0.049, waterproof: true },
};

describe('product content hash', () => {
  it('is a SHA-256 hex digest that ignores attribute order and cosmetic whitespace', () => {
    const hash = productContentHash(schema.parse(base));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = schema.parse({
      ...base,
      title: '  Garmin   Forerunner 255 ',
      attributes: { waterproof: true, weight: 0.049, colour: 'Black' },
    });
    expect(productContentHash(reordered)).toBe(hash);
  });

  it('changes when any stored field changes', () => {
    const hash = productContentHash(schema.parse(base));
    const variants = [
      { price: '349.98' },
      { title: 'Garmin Forerunner 265' },
      { attributes: { ...base.attributes, weight: 0.05 } },
      { attributes: { ...base.attributes, waterproof: 'true' } },
      { availability: 'out of stock' },
      { gtins: ['0753759279578'] },
      { releasedAt: '2022-06-01' },
      { categoryPath: ['Wearables'] },
    ];
    for (const change of variants) {
      expect(productContentHash(schema.parse({ ...base, ...change }))).not.toBe(hash);
    }
  });
});
