// Synonyms through the API: merchants of the store only; every bad list a 400 that names the
// line, never a 500, with nothing saved; a saved list applies to the next search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, errorCode, signedIn } from './people.ts';

let t: TestPlatform;
let merchant: Awaited<ReturnType<typeof signedIn>>['caller'];
let analyst: Awaited<ReturnType<typeof signedIn>>['caller'];

beforeAll(async () => {
  t = await indexedTestPlatform('shop');
  await addUser(t.db.prisma, 'merchant@shop.test', [{ storeId: t.storeId, role: 'merchant' }]);
  await addUser(t.db.prisma, 'analyst@shop.test', [{ storeId: t.storeId, role: 'analyst' }]);
  merchant = (await signedIn(t.platform.services, 'merchant@shop.test')).caller;
  analyst = (await signedIn(t.platform.services, 'analyst@shop.test')).caller;
}, 300_000);
afterAll(async () => t?.close());

const refusal = async (text: string) => {
  const call = merchant.searchSettings.saveSynonyms({ store: 'shop', text });
  const code = await errorCode(call);
  return { code, message: await call.catch((e: Error) => e.message) };
};

describe('searchSettings synonyms', () => {
  it('saves a list that the next search applies, and lets only the store’s merchants do it', async () => {
    const before = await t.caller.search.query({ store: 'shop', q: 'laptop' });
    expect(before.hits.map((h) => h.product.id)).not.toContain('m3');
    expect(
      await merchant.searchSettings.saveSynonyms({ store: 'shop', text: 'laptop, notebook' }),
    ).toEqual({ text: 'laptop, notebook', lines: 1 });
    const after = await t.caller.search.query({ store: 'shop', q: 'laptop' });
    const m3 = after.hits.find((h) => h.product.id === 'm3');
    expect(m3?.synonyms).toEqual([{ term: 'notebook', synonymOf: 'laptop' }]);
    expect(await merchant.searchSettings.synonyms({ store: 'shop' })).toEqual({
      text: 'laptop, notebook',
      lines: 1,
    });
    expect(await errorCode(analyst.searchSettings.synonyms({ store: 'shop' }))).toBe('FORBIDDEN');
    expect(
      await errorCode(analyst.searchSettings.saveSynonyms({ store: 'shop', text: 'a, b' })),
    ).toBe('FORBIDDEN');
  });

  it('refuses bad lists with a 400 naming the line, and keeps the saved list', async () => {
    expect(await refusal('tv → television\ntelevision → tv')).toEqual({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Line 2: One-way lines 1, 2 lead back'),
    });
    expect(await refusal(`a, ${'x'.repeat(500)}`)).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('a term can be at most 100'),
    });
    expect(await refusal('laptop, ,notebook')).toMatchObject({ code: 'BAD_REQUEST' });
    const many = Array.from({ length: 10_001 }, (_, i) => `w${i}, v${i}`).join('\n');
    expect(await refusal(many)).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('more than 10,000 lines'),
    });
    expect(await refusal('x'.repeat(1_000_001))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await merchant.searchSettings.synonyms({ store: 'shop' })).toMatchObject({
      text: 'laptop, notebook',
    });
  });
});

describe('searchSettings rules', () => {
  const pin = {
    query: 'mouse',
    match: 'exact',
    action: 'pin',
    productId: 'p1',
    position: 1,
  } as const;

  it('pins through the API for the store’s merchants only, recording who', async () => {
    const rule = await merchant.searchSettings.createRule({ store: 'shop', rule: pin });
    const hits = (await t.caller.search.query({ store: 'shop', q: 'mouse' })).hits;
    expect(hits[0]).toMatchObject({ product: { id: 'p1' }, pinned: true });
    const { rules, history } = await merchant.searchSettings.rules({ store: 'shop' });
    expect(rules).toEqual([
      expect.objectContaining({ id: rule.id, productTitle: expect.any(String) }),
    ]);
    expect(history[0]).toMatchObject({
      ruleId: rule.id,
      change: 'created',
      byEmail: 'merchant@shop.test',
    });
    expect(await errorCode(analyst.searchSettings.rules({ store: 'shop' }))).toBe('FORBIDDEN');
    expect(
      await errorCode(analyst.searchSettings.deleteRule({ store: 'shop', ruleId: rule.id })),
    ).toBe('FORBIDDEN');
    await merchant.searchSettings.deleteRule({ store: 'shop', ruleId: rule.id });
    const after = (await t.caller.search.query({ store: 'shop', q: 'mouse' })).hits;
    expect(after[0]?.pinned).toBe(false);
  });

  it('lists the attributes a boost may filter on, labelled, for the store’s merchants only', async () => {
    const attributes = await merchant.searchSettings.attributes({ store: 'shop' });
    expect(attributes).toContainEqual({
      name: 'attr_t_product_colour',
      label: 'Product colour',
      kind: 'text',
      products: expect.any(Number),
    });
    const products = attributes.map((a) => a.products);
    expect(products).toEqual([...products].sort((a, b) => b - a));
    expect(await errorCode(analyst.searchSettings.attributes({ store: 'shop' }))).toBe('FORBIDDEN');
  });

  it('boosts a brand through the API, and the hit says by how much', async () => {
    const before = (await t.caller.search.query({ store: 'shop', q: 'mouse' })).hits;
    const last = before.at(-1)!.product;
    const boost = await merchant.searchSettings.createRule({
      store: 'shop',
      rule: {
        query: 'mouse',
        match: 'exact',
        action: 'boost',
        factor: 5,
        filter: { brands: [last.brand] },
      },
    });
    const after = (await t.caller.search.query({ store: 'shop', q: 'mouse' })).hits;
    expect(after[0]).toMatchObject({ product: { brand: last.brand }, boost: 5, pinned: false });
    await merchant.searchSettings.deleteRule({ store: 'shop', ruleId: boost.id });
  });

  it('answers bad rules with a 400 that says what is wrong, never a 500', async () => {
    const bad = async (rule: Record<string, unknown>) => {
      const call = merchant.searchSettings.createRule({
        store: 'shop',
        rule: { ...pin, ...rule },
      } as never);
      return { code: await errorCode(call), message: await call.catch((e: Error) => e.message) };
    };
    expect(await bad({ productId: 'gone' })).toEqual({
      code: 'BAD_REQUEST',
      message: 'There is no product “gone” in this store.',
    });
    expect(await bad({ position: 0 })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('positions start at 1'),
    });
    expect(await bad({ query: 'x'.repeat(201) })).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await bad({ startsAt: 'soon' })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('YYYY-MM-DD'),
    });
    expect(await bad({ action: 'boost' })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('A boost needs a factor'),
    });
    const boost = { action: 'boost', productId: null, position: null };
    expect(await bad({ ...boost, factor: 20, filter: { brands: ['HP'] } })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('the factor is at most 10'),
    });
    expect(await bad({ ...boost, factor: 2, filter: { brands: [] } })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('A boost needs a filter'),
    });
    expect(await bad({ ...boost, factor: 2, filter: { colour: 'red' } })).toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(
      await bad({
        ...boost,
        factor: 2,
        filter: { attributes: { attr_n_weight: { kind: 'text', anyOf: ['1'] } } },
      }),
    ).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('numeric attribute') });
    expect(
      await errorCode(merchant.searchSettings.deleteRule({ store: 'shop', ruleId: 2_000_000 })),
    ).toBe('NOT_FOUND');
    expect((await merchant.searchSettings.rules({ store: 'shop' })).rules).toEqual([]);
  });
});

describe('searchSettings files', () => {
  it('exports and imports for the store’s merchants only; a bad file is a 400 naming the entry', async () => {
    await merchant.searchSettings.saveSynonyms({ store: 'shop', text: 'sofa, couch' });
    const file = await merchant.searchSettings.exportSettings({ store: 'shop' });
    expect(file.synonyms).toEqual(['sofa, couch']);
    const text = JSON.stringify({ ...file, synonyms: [] });
    expect(
      await merchant.searchSettings.importSettings({ store: 'shop', text, mode: 'replace' }),
    ).toMatchObject({ mode: 'replace', synonymLines: 0 });
    expect((await merchant.searchSettings.synonyms({ store: 'shop' })).lines).toBe(0);

    const bad = merchant.searchSettings.importSettings({
      store: 'shop',
      text: JSON.stringify({ ...file, rules: [{ query: 'x', match: 'exact', action: 'hide' }] }),
      mode: 'merge',
    });
    expect(await errorCode(bad)).toBe('BAD_REQUEST');
    expect(await bad.catch((e: Error) => e.message)).toMatch(
      /Rule 1 of the file \(“x”\): A rule that hides needs the product's id/,
    );
    expect(
      await errorCode(
        merchant.searchSettings.importSettings({ store: 'shop', text: '', mode: 'merge' }),
      ),
    ).toBe('BAD_REQUEST');
    expect(await errorCode(analyst.searchSettings.exportSettings({ store: 'shop' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      await errorCode(
        analyst.searchSettings.importSettings({ store: 'shop', text, mode: 'merge' }),
      ),
    ).toBe('FORBIDDEN');
  });
});
