import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@shopsearch/db';
import { openTestDatabase, testDatabaseKind } from '@shopsearch/db/testing';
import {
  describeAttributes,
  pickFacetAttributes,
  refreshAttributeSummary,
} from '../src/attributeCatalog.ts';
import { loadIndexSettings } from '../src/storeSearchSettings.ts';
import { ensureStoreSummaries } from '../src/storeSummaries.ts';

let db: Database;
let storeId = 0;
beforeAll(async () => {
  db = await openTestDatabase();
  storeId = (await db.prisma.store.create({ data: { slug: 'attrs', name: 'Attrs' } })).id;
  const colours = ['Black', 'Black', 'White', 'Red'];
  await db.prisma.product.createMany({
    data: colours.map((colour, i) => ({
      storeId,
      id: `p${i}`,
      title: `Product ${i}`,
      contentHash: `h${i}`,
      attributes: {
        attr_t_colour: colour,
        attr_n_weight: 10 * i,
        ...(i < 2 ? { attr_b_wireless: i === 0 } : {}),
        ...(i === 3 ? { attr_n_weight: 'heavy' } : {}),
        attr_t_package_width: `${i} cm`,
      },
    })),
  });
});
afterAll(async () => db?.close());

describe(`attribute summary on ${testDatabaseKind()}`, () => {
  it('reads only the summary: a store whose summary was never computed describes nothing', async () => {
    // Describing runs per request and per re-index batch: it must not scan the catalog.
    expect(await describeAttributes(db.prisma, storeId)).toEqual([]);
    expect(await db.prisma.storeAttribute.count({ where: { storeId } })).toBe(0);
  });

  it('summarises names, kinds, coverage and distinct values when first ensured', async () => {
    await ensureStoreSummaries(db.prisma, storeId);
    const attributes = await describeAttributes(db.prisma, storeId);
    expect(attributes.find((a) => a.name === 'attr_t_colour')).toEqual({
      name: 'attr_t_colour',
      kind: 'text',
      products: 4,
      distinctValues: 3,
    });
    // One product holds text under a numeric name: the most common kind wins.
    expect(attributes.find((a) => a.name === 'attr_n_weight')).toMatchObject({
      kind: 'numeric',
      products: 3,
    });
    expect(attributes.find((a) => a.name === 'attr_b_wireless')).toMatchObject({
      kind: 'boolean',
      products: 2,
      distinctValues: 2,
    });
    expect(await db.prisma.storeAttribute.count({ where: { storeId } })).toBe(4);
  });

  it('picks widespread facets and leaves package measures out', async () => {
    const picked = pickFacetAttributes(await describeAttributes(db.prisma, storeId)).map(
      (a) => a.name,
    );
    expect(picked).toContain('attr_t_colour');
    expect(picked).not.toContain('attr_t_package_width');
  });

  it('configures the first stage with the facets, synonyms and size of the catalog', async () => {
    const settings = await loadIndexSettings(db.prisma, storeId);
    expect(settings.productCount).toBe(4);
    expect(settings.attributes).toContain('attr_t_colour');
    expect(settings.synonyms).toEqual({});
  });

  it('reflects catalog changes after a refresh', async () => {
    await db.prisma.product.update({
      where: { storeId_id: { storeId, id: 'p2' } },
      data: { attributes: { attr_t_colour: 'Green', attr_t_material: 'Steel' } },
    });
    expect(
      (await describeAttributes(db.prisma, storeId)).some((a) => a.name === 'attr_t_material'),
    ).toBe(false);
    await refreshAttributeSummary(db.prisma, storeId);
    const after = await describeAttributes(db.prisma, storeId);
    expect(after.find((a) => a.name === 'attr_t_material')).toMatchObject({ products: 1 });
    expect(after.find((a) => a.name === 'attr_t_colour')).toMatchObject({
      products: 4,
      distinctValues: 3,
    });
  });

  it('leaves an existing summary to the refreshes, and drops names no product has any more', async () => {
    await db.prisma.product.update({
      where: { storeId_id: { storeId, id: 'p2' } },
      data: { attributes: { attr_t_colour: 'Green' } },
    });
    await ensureStoreSummaries(db.prisma, storeId);
    expect((await describeAttributes(db.prisma, storeId)).map((a) => a.name)).toContain(
      'attr_t_material',
    );
    await refreshAttributeSummary(db.prisma, storeId);
    const names = (await describeAttributes(db.prisma, storeId)).map((a) => a.name);
    expect(names).not.toContain('attr_t_material');
    expect(names).toContain('attr_t_colour');
  });

  it('keeps each store to its own summary', async () => {
    const other = (await db.prisma.store.create({ data: { slug: 'attrs-2', name: 'Other' } })).id;
    await db.prisma.product.create({
      data: {
        storeId: other,
        id: 'q',
        title: 'Q',
        contentHash: 'q',
        attributes: { attr_t_size: 'XL' },
      },
    });
    await refreshAttributeSummary(db.prisma, other);
    expect((await describeAttributes(db.prisma, other)).map((a) => a.name)).toEqual([
      'attr_t_size',
    ]);
    expect((await describeAttributes(db.prisma, storeId)).map((a) => a.name)).not.toContain(
      'attr_t_size',
    );
  });
});
