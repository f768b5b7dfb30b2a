import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectInput, MAX_INPUT_DEPTH, MAX_INPUT_VALUES } from '../src/inputGuard.ts';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, signedIn } from './people.ts';

describe('inspectInput', () => {
  it('names the string or key holding U+0000, and finds nothing in clean input', () => {
    expect(inspectInput({ a: ['x', { b: 'y\0' }] })).toEqual({ kind: 'nul', path: ['a', 1, 'b'] });
    expect(inspectInput({ ['k\0']: 1 })).toEqual({ kind: 'nul', path: ['k\0'] });
    expect(inspectInput('\0')).toEqual({ kind: 'nul', path: [] });
    expect(inspectInput({ a: ['x', 'é\uD800', 1, null, true], d: new Date(0) })).toBeNull();
    expect(inspectInput(undefined)).toBeNull();
  });

  it('stops at a cycle or a value reached twice instead of walking forever', () => {
    const cyclic: Record<string, unknown> = { store: 'shop' };
    cyclic.a = cyclic;
    expect(inspectInput(cyclic)).toEqual({ kind: 'cycle' });
    const shared = { x: 1 };
    expect(inspectInput({ a: shared, b: [shared] })).toEqual({ kind: 'cycle' });
  });

  it('stops at the depth and size bounds, at a cost linear in what it walked', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(inspectInput(deep)).toEqual({ kind: 'too-deep' });
    let fits: unknown = 'bottom';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) fits = [fits];
    expect(inspectInput(fits)).toBeNull();
    expect(inspectInput([fits])).toEqual({ kind: 'too-deep' });
    expect(inspectInput(new Array(MAX_INPUT_VALUES - 1).fill(0))).toBeNull();
    expect(inspectInput(new Array(MAX_INPUT_VALUES).fill(0))).toEqual({ kind: 'too-many-values' });
  });
});

describe('inputs the database cannot hold', () => {
  let t: TestPlatform;
  let admin: Awaited<ReturnType<typeof signedIn>>['caller'];
  beforeAll(async () => {
    t = await indexedTestPlatform('shop');
    const roles = [
      { storeId: t.storeId, role: 'merchant' as const },
      { storeId: t.storeId, role: 'analyst' as const },
    ];
    await addUser(t.db.prisma, 'admin@shop.test', roles, true);
    admin = (await signedIn(t.platform.services, 'admin@shop.test')).caller;
  });
  afterAll(async () => t?.close());

  const nul = 'a\0b';
  // Each of these failed with a database error (a 500) before the API refused NUL up front.
  const calls: [field: string, call: () => Promise<unknown>][] = [
    ['q', () => admin.search.query({ store: 'shop', q: nul })],
    ['filters.brands.0', () => admin.search.query({ store: 'shop', filters: { brands: [nul] } })],
    [
      'filters.attributes.attr_t_product_colour.anyOf.0',
      () =>
        admin.search.query({
          store: 'shop',
          filters: { attributes: { attr_t_product_colour: { kind: 'text', anyOf: [nul] } } },
        }),
    ],
    ['prefix', () => admin.search.suggest({ store: 'shop', prefix: nul })],
    ['id', () => admin.product.byId({ store: 'shop', id: nul })],
    ['q', () => admin.catalog.listProducts({ store: 'shop', q: nul })],
    [
      'patch.title',
      () => admin.catalog.updateProduct({ store: 'shop', id: 'm1', patch: { title: nul } }),
    ],
    ['id', () => admin.catalog.deleteProduct({ store: 'shop', id: nul })],
    [
      'csv',
      () =>
        admin.judgments.importCsv({
          store: 'shop',
          name: 'set',
          csv: `query,product_id,grade\n${nul},m1,2\n`,
        }),
    ],
    ['name', () => admin.platform.createStore({ slug: 'nul-shop', name: nul })],
    // Nested, within the depth bound: the field is named by its path.
    [
      'query.0.0.0',
      () => {
        const query: unknown = [[[nul]]];
        return admin.judgments.rate({ store: 'shop', setId: 1, query, productId: 'm1' } as never);
      },
    ],
    [
      'name',
      () =>
        admin.platform.createUser({ email: 'nul@shop.test', name: nul, password: 'long enough' }),
    ],
  ];

  it('a NUL character in any text is refused as a bad request naming the field, and nothing is written', async () => {
    const counts = () =>
      Promise.all([
        t.db.prisma.store.count(),
        t.db.prisma.user.count(),
        t.db.prisma.judgmentSet.count(),
        t.db.prisma.product.findMany({ orderBy: { id: 'asc' } }),
      ]);
    const before = await counts();
    for (const [field, call] of calls) {
      await expect(call(), field).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: `${field}: text cannot contain the NUL character (U+0000)`,
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('an id past the 32-bit id columns is refused as a bad request, not a database error', async () => {
    const id = 2 ** 31;
    const lexical = { profile: 'lexical' as const };
    const calls: [field: string, call: () => Promise<unknown>][] = [
      ['setId', () => admin.judgments.export({ store: 'shop', setId: id })],
      [
        'setId',
        () => admin.evaluation.run({ store: 'shop', setId: id, configurations: [lexical] }),
      ],
      ['runId', () => admin.evaluation.get({ store: 'shop', runId: id })],
      ['userId', () => admin.platform.grantRole({ userId: id, store: 'shop', role: 'analyst' })],
      ['jobId', () => admin.reindex.status({ store: 'shop', jobId: id })],
      ['jobId', () => admin.reindex.cancel({ store: 'shop', jobId: id })],
      ['versionId', () => admin.reindex.retireVersion({ store: 'shop', versionId: id })],
      [
        'configurations.1.indexVersionId',
        () =>
          admin.compare.rankings({
            store: 'shop',
            q: 'mouse',
            configurations: [lexical, { profile: 'colbert', indexVersionId: id }],
          }),
      ],
    ];
    for (const [field, call] of calls) {
      await expect(call(), field).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: `${field}: no record has an id this large`,
      });
    }
  });
});
