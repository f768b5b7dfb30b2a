// A store's search settings as a file, on both first stages: exported and imported into another
// store (the rules and synonyms work there at once), merged without duplicates, replaced; a bad
// file is refused naming the entry, with nothing written.
import { afterAll, describe, expect, it } from 'vitest';
import type { Platform } from '../src/createPlatform.ts';
import {
  exportSearchSettings,
  importSearchSettings,
  SettingsFileRefusedError,
} from '../src/searchSettings/settingsFile.ts';
import { createRule, listRules, ruleHistory } from '../src/searchSettings/storeRules.ts';
import { getSynonyms, saveSynonyms } from '../src/searchSettings/storeSynonyms.ts';
import { addIndexedStore, testPlatform } from '../src/testing/testStore.ts';
import { firstPage, firstStages } from './helpers/firstStages.ts';

const STAGES = firstStages();
const BY = 'merchant@shop.test';

describe.each(STAGES)('settings files on the %s first stage', (_, config) => {
  let platform: Platform;
  let from: number;
  let to: number;
  afterAll(async () => platform?.close());

  const ids = async (storeId: number, text: string) =>
    (
      await platform.services.search.search(
        firstPage(storeId, text, { name: 'lexical' }, { pageSize: 10, rerankDepth: 0 }),
      )
    ).hits.map((h) => h.product.id);
  const snapshot = async (storeId: number) => ({
    rules: (await listRules(platform.db, storeId)).map((r) => [r.query, r.action]),
    synonyms: (await getSynonyms(platform.db, storeId)).text,
  });

  it('moves a store’s synonyms and rules into another store, where they work at once', async () => {
    platform = await testPlatform(await config());
    from = await addIndexedStore(platform, 'from');
    to = await addIndexedStore(platform, 'to');
    const deps = platform.services;
    await saveSynonyms(deps, from, 'laptop, notebook\ntv → television');
    await createRule(
      deps,
      from,
      { query: 'mouse', match: 'exact', action: 'pin', productId: 'p1', position: 1 },
      BY,
    );
    await createRule(
      deps,
      from,
      {
        query: 'mouse',
        match: 'contains',
        action: 'boost',
        factor: 2,
        filter: { brands: ['Microsoft'] },
        enabled: false,
      },
      BY,
    );
    const file = await exportSearchSettings(platform.db, from, 'from');
    expect(file).toMatchObject({ format: 'shopsearch-search-settings', version: 1, store: 'from' });
    expect(file.synonyms).toEqual(['laptop, notebook', 'tv → television']);
    expect(file.rules).toHaveLength(2);

    expect((await ids(to, 'mouse'))[0]).not.toBe('p1');
    const outcome = await importSearchSettings(deps, to, JSON.stringify(file), 'replace', BY);
    expect(outcome).toEqual({ mode: 'replace', synonymLines: 2, rulesAdded: 2, rulesRemoved: 0 });
    expect(await snapshot(to)).toEqual(await snapshot(from));
    expect((await listRules(platform.db, to))[1]).toMatchObject({ enabled: false });
    expect((await ids(to, 'mouse'))[0]).toBe('p1');
    expect((await ruleHistory(platform.db, to)).map((h) => h.change)).toEqual([
      'imported',
      'imported',
    ]);
  });

  it('merges without repeating what the store has, and replaces what it had', async () => {
    const deps = platform.services;
    const file = await exportSearchSettings(platform.db, from, 'from');
    await createRule(
      deps,
      to,
      { query: 'keyboard', match: 'exact', action: 'hide', productId: 'k1' },
      BY,
    );
    const merged = await importSearchSettings(
      deps,
      to,
      JSON.stringify({ ...file, synonyms: [...file.synonyms, 'sofa, couch'] }),
      'merge',
      BY,
    );
    expect(merged).toEqual({ mode: 'merge', synonymLines: 3, rulesAdded: 0, rulesRemoved: 0 });
    expect((await listRules(platform.db, to)).map((r) => r.query)).toEqual([
      'mouse',
      'mouse',
      'keyboard',
    ]);

    const replaced = await importSearchSettings(deps, to, JSON.stringify(file), 'replace', BY);
    expect(replaced).toMatchObject({ rulesAdded: 2, rulesRemoved: 3 });
    expect(await snapshot(to)).toEqual(await snapshot(from));
  });

  it('refuses a bad file naming the entry, and writes nothing', async () => {
    const deps = platform.services;
    const file = await exportSearchSettings(platform.db, from, 'from');
    const before = await snapshot(to);
    const refusal = (text: string, mode: 'replace' | 'merge' = 'replace') =>
      importSearchSettings(deps, to, text, mode, BY).then(
        () => 'imported',
        (e: unknown) => (e instanceof SettingsFileRefusedError ? e.message : `other: ${String(e)}`),
      );
    const withRule = (rule: object) => JSON.stringify({ ...file, rules: [...file.rules, rule] });
    const pin = { query: 'camera', match: 'exact', action: 'pin', productId: 'c1', position: 1 };
    expect(await refusal('{"format":')).toMatch(/^The file is not valid JSON/);
    expect(await refusal('{}')).toMatch(/format: this is not a search-settings file/);
    expect(await refusal(withRule({ ...pin, productId: 'nope' }))).toBe(
      'The file was not imported: Rule 3 of the file (“camera”): There is no product “nope” in this store.',
    );
    expect(await refusal(withRule({ ...pin, position: 'first' }))).toMatch(
      /Rule 3 of the file, position: /,
    );
    expect(await refusal(withRule({ ...pin, action: 'boost', factor: 2, filter: {} }))).toMatch(
      /Rule 3 of the file \(“camera”\): A boost needs a filter/,
    );
    expect(
      await refusal(JSON.stringify({ ...file, rules: [pin, { ...pin, productId: 'c2' }] })),
    ).toMatch(
      /Rule 2 of the file \(“camera”\): Rule 1 of the file already pins product “c1” at position 1/,
    );
    expect(
      await refusal(JSON.stringify({ ...file, synonyms: ['laptop, notebook', 'notebook, pc'] })),
    ).toMatch(/Synonym line 2/);
    expect(await refusal(JSON.stringify({ ...file, synonyms: ['notebook, pc'] }), 'merge')).toMatch(
      /Synonym line 1/,
    );
    expect(await refusal(' '.repeat(5_000_001))).toMatch(/too large/);
    expect(await snapshot(to)).toEqual(before);
  });
});
