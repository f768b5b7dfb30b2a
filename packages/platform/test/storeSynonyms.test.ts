// Synonyms on real demo products, on both first stages: Icecat calls laptops notebooks, so before
// any synonym "laptop" finds laptop accessories only. After "laptop, notebook" is saved, it finds
// the notebooks too, says why, and needs no re-index.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureStore, findStore, importCatalog, upsertProducts } from '@shopsearch/catalog';
import type { Platform } from '../src/createPlatform.ts';
import { indexStore } from '../src/indexing/indexStore.ts';
import {
  getSynonyms,
  saveSynonyms,
  SynonymsRefusedError,
} from '../src/searchSettings/storeSynonyms.ts';
import { BUNDLED_ICECAT_DIR } from '../src/seed/demoStore.ts';
import { testPlatform } from '../src/testing/testStore.ts';
import { firstPage, firstStages } from './helpers/firstStages.ts';

const STAGES = firstStages();

const mentions = (word: string, p: { title: string; description: string; attributes: unknown }) =>
  new RegExp(`\\b${word}`, 'i').test(`${p.title} ${p.description} ${JSON.stringify(p.attributes)}`);

describe.each(STAGES)('synonyms on the %s first stage', (_, config) => {
  let platform: Platform;
  let storeId: number;
  /** Notebooks that never say "laptop", and laptop things that never say "notebook". */
  let notebooks: string[];
  let laptopOnly: string[];
  /** Matches before any synonym. */
  let totals: { laptop: number; notebook: number };
  afterAll(async () => platform?.close());

  // Type intent off: it would find the notebooks for "laptop" with no synonym (productTypeIntent.test.ts).
  const search = (text: string) =>
    platform.services.search.search({
      ...firstPage(
        storeId,
        text,
        { name: 'hybrid', fusion: 'weighted', weight: 0.5 },
        { pageSize: 200, rerankDepth: 200 },
      ),
      productTypeIntent: false,
    });

  it('finds notebooks for "laptop" once "laptop, notebook" is saved, with no re-index', async () => {
    platform = await testPlatform({ ...(await config()) });
    await ensureStore(platform.db, { slug: 'demo', name: 'Demo', currency: 'USD' });
    storeId = (await findStore(platform.db, 'demo')).id;
    const { sample } = await importCatalog(platform.db, {
      store: 'demo',
      file: join(BUNDLED_ICECAT_DIR, '4.json.zip'),
      dryRun: true,
      sampleSize: 5_000,
    });
    const chosen = sample.filter(
      (p, i) => mentions('notebook', p) || mentions('laptop', p) || i % 50 === 0,
    );
    const inTitle = (word: string, p: { title: string }) =>
      new RegExp(`\\b${word}`, 'i').test(p.title);
    notebooks = chosen
      .filter((p) => inTitle('notebook', p) && !mentions('laptop', p))
      .map((p) => p.id);
    laptopOnly = chosen
      .filter((p) => inTitle('laptop', p) && !mentions('notebook', p))
      .map((p) => p.id);
    expect(notebooks.length).toBeGreaterThan(50);
    expect(laptopOnly.length).toBeGreaterThan(5);
    await upsertProducts(platform.db, storeId, chosen);
    await indexStore(platform, { storeId, kind: 'full' });
    const versions = await platform.db.prisma.indexVersion.count({ where: { storeId } });

    const before = { laptop: await search('laptop'), notebook: await search('notebook') };
    const beforeIds = before.laptop.hits.map((h) => h.product.id);
    expect(beforeIds.filter((id) => notebooks.includes(id))).toEqual([]);
    expect(beforeIds.filter((id) => laptopOnly.includes(id)).length).toBeGreaterThan(5);
    totals = { laptop: before.laptop.total, notebook: before.notebook.total };

    expect(await saveSynonyms(platform.services, storeId, 'Laptop, Notebook')).toEqual({
      text: 'laptop, notebook',
      lines: 1,
    });
    const after = await search('laptop');
    expect(after.total).toBeGreaterThan(before.laptop.total + 50);
    expect(after.hits.map((h) => h.product.id)).toEqual(expect.arrayContaining(beforeIds));
    const found = after.hits.filter((h) => notebooks.includes(h.product.id));
    expect(found.length).toBeGreaterThan(50);
    // "Why this result": the notebooks matched through the synonym, the laptop things did not.
    for (const hit of found)
      expect(hit.synonyms).toEqual([{ term: 'notebook', synonymOf: 'laptop' }]);
    for (const hit of after.hits.filter((h) => laptopOnly.includes(h.product.id)))
      expect(hit.synonyms).toEqual([]);
    // Multi-way: "notebook" finds more too.
    expect((await search('notebook')).total).toBeGreaterThan(before.notebook.total);
    expect(await platform.db.prisma.indexVersion.count({ where: { storeId } })).toBe(versions);
  }, 600_000);

  it('applies a one-way line in its direction only', async () => {
    const multiWay = (await search('laptop')).total;
    await saveSynonyms(platform.services, storeId, 'laptop → notebook');
    expect((await search('laptop')).total).toBe(multiWay);
    expect((await search('notebook')).total).toBe(totals.notebook);
  }, 120_000);

  it('refuses a cycle with the lines named, keeping the saved list', async () => {
    const refused = saveSynonyms(platform.services, storeId, 'tv → television\ntelevision → tv');
    await expect(refused).rejects.toThrow(SynonymsRefusedError);
    await expect(refused).rejects.toThrow(
      'The synonyms were not saved. Line 2: One-way lines 1, 2 lead back to where they start',
    );
    expect(await getSynonyms(platform.db, storeId)).toEqual({
      text: 'laptop → notebook',
      lines: 1,
    });
  }, 120_000);
});
