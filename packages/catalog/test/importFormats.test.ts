// Good files of every format, imported into a real database (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set): what is stored, and what a re-import does.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCatalog, productContentHash, type ImportProgress } from '../src/index.ts';
import { createProductSchema } from '../src/product/productSchema.ts';
import { fixture } from './helpers/fixtures.ts';
import { useSharedDatabase } from './helpers/sharedDatabase.ts';

const shared = useSharedDatabase();

async function products(store: string) {
  return shared.db().prisma.product.findMany({
    where: { store: { slug: store } },
    orderBy: { id: 'asc' },
    omit: { createdAt: true, updatedAt: true, storeId: true },
  });
}

describe('importing good files', () => {
  it('imports CSV with every documented column, normalised and typed', async () => {
    const store = await shared.store('EUR');
    const report = await importCatalog(shared.db(), { store, file: fixture('products.csv') });
    expect(report).toMatchObject({
      format: 'csv',
      rowsRead: 5,
      inserted: 5,
      invalid: 0,
      errors: [],
    });
    const [c1, c2, c3, c4, c5] = await products(store);
    expect(c1).toMatchObject({
      id: 'C1',
      sku: 'FR-255',
      title: 'Garmin Forerunner 255 GPS running watch',
      description: 'GPS running watch with heart-rate sensor.\nBattery lasts up to 14 days.',
      brand: 'Garmin',
      categoryPath: ['Wearables', 'Watches'],
      priceMinor: 34999,
      currency: 'USD',
      imageUrl: 'https://example.com/img/c1.jpg',
      availability: 'in_stock',
      gtins: ['0753759279578'],
      releasedAt: new Date('2022-06-01T00:00:00Z'),
      attributes: { colour: 'Black', weight_kg: 0.049, waterproof: true, strap: 'silicone' },
    });
    expect(c2).toMatchObject({
      availability: 'out_of_stock',
      gtins: ['4548736132566', '4548736132573'],
      attributes: { colour: 'Silver', weight_kg: 0.25, waterproof: false },
    });
    expect(c3).toMatchObject({ priceMinor: 11950, currency: 'EUR', availability: 'preorder' });
    expect(c4).toMatchObject({
      title: 'Generic HDMI cable 2 m',
      brand: '',
      availability: 'discontinued',
    });
    expect(c5).toMatchObject({ priceMinor: null, attributes: {} });
  });

  it('imports JSON Lines with native JSON types', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), { store, file: fixture('products.jsonl') });
    expect(report).toMatchObject({ format: 'jsonl', rowsRead: 3, inserted: 3, invalid: 0 });
    const [numericId, j1, j3] = await products(store);
    expect(numericId).toMatchObject({
      id: '1002',
      priceMinor: 2500,
      attributes: { capacity_mah: 10000, colour: 'Black' },
    });
    expect(j1).toMatchObject({
      categoryPath: ['Computers', 'Keyboards'],
      priceMinor: 3999,
      attributes: { colour: 'Dark grey', bluetooth: true, keys: 79 },
    });
    expect(j3).toMatchObject({
      availability: 'out_of_stock',
      categoryPath: ['Accessories', 'Trackers'],
    });
  });

  it('imports the Icecat format from a zip, keeping attribute names and types', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), {
      store,
      file: fixture('icecat-sample.json.zip'),
    });
    expect(report).toMatchObject({ file: 'icecat-sample.json.zip', format: 'icecat', inserted: 4 });
    const source = JSON.parse(await readFile(fixture('icecat-sample.json'), 'utf8'))[0];
    const stored = (await products(store)).find((p) => p.id === source.id)!;
    expect(stored).toMatchObject({
      sku: source.name,
      title: source.title,
      description: source.short_description,
      brand: source.supplier,
      priceMinor: source.price,
      currency: 'USD',
      gtins: source.ean,
      imageUrl: source.img_500x500,
      releasedAt: new Date(source.date_released),
      categoryPath: [],
    });
    const attributes = Object.fromEntries(
      Object.entries(source).filter(([key]) => key.startsWith('attr_')),
    );
    expect(stored.attributes).toEqual(attributes);
    expect(stored.attributes).toMatchObject({
      attr_t_product_colour: 'Grey',
      attr_b_rohs_compliance: true,
      attr_n_weight: 33,
    });
  });

  it('imports odd Unicode intact (emoji, RTL, combining marks composed to NFC)', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), { store, file: fixture('unicode.csv') });
    expect(report).toMatchObject({ inserted: 5, invalid: 0 });
    const titles = (await products(store)).map((p) => p.title);
    expect(titles).toEqual([
      'Party lights 🎉 with 👩‍👩‍👧 family mode',
      'מקלדת אלחוטית',
      'لوحة مفاتيح لاسلكية',
      'Caf\u00e9 grinder \u00c5ngstr\u00f6m edition',
      'ワイヤレスキーボード',
    ]);
    const [, , , u4] = await products(store);
    expect(u4!.brand).toBe('Zo\u00eb');
  });

  it('follows a column mapping and lists the columns it ignored', async () => {
    const store = await shared.store();
    const mapping = JSON.parse(await readFile(fixture('mapped.mapping.json'), 'utf8'));
    const report = await importCatalog(shared.db(), {
      store,
      file: fixture('mapped.csv'),
      mapping,
    });
    expect(report).toMatchObject({ inserted: 2, invalid: 0, ignoredColumns: ['Notes'] });
    expect((await products(store))[0]).toMatchObject({
      id: 'M1',
      title: 'Kindle Paperwhite',
      brand: 'Amazon',
      priceMinor: 14999,
      attributes: { colour: 'Black' },
    });
  });

  it('re-imports idempotently and rewrites only products whose content changed', async () => {
    const store = await shared.store();
    const dir = await mkdtemp(join(tmpdir(), 'reimport-'));
    const file = join(dir, 'products.csv');
    await copyFile(fixture('products.csv'), file);
    await importCatalog(shared.db(), { store, file });
    const before = await shared.db().prisma.product.findMany({ where: { store: { slug: store } } });

    const again = await importCatalog(shared.db(), { store, file });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 5, invalid: 0 });
    const untouched = await shared
      .db()
      .prisma.product.findMany({ where: { store: { slug: store } } });
    expect(untouched.map((p) => p.updatedAt)).toEqual(before.map((p) => p.updatedAt));

    const csv = await readFile(file, 'utf8');
    await writeFile(
      file,
      csv.replace('399.00', '379.00') + 'C6,NEW,A new product,,,,1.00,,,,,,,,,\n',
    );
    const changed = await importCatalog(shared.db(), { store, file });
    expect(changed).toMatchObject({ inserted: 1, updated: 1, unchanged: 4 });
    const c2 = await shared
      .db()
      .prisma.product.findFirstOrThrow({ where: { store: { slug: store }, id: 'C2' } });
    expect(c2.priceMinor).toBe(37900);
    expect(c2.updatedAt.getTime()).toBeGreaterThan(
      before.find((p) => p.id === 'C2')!.updatedAt.getTime(),
    );
  });

  it('stores the SHA-256 content hash of the normalised product', async () => {
    const store = await shared.store();
    await importCatalog(shared.db(), { store, file: fixture('products.jsonl') });
    const stored = await shared.db().prisma.product.findFirstOrThrow({
      where: { store: { slug: store }, id: 'J3' },
    });
    const expected = createProductSchema('USD').parse({
      id: 'J3',
      title: 'Apple AirTag',
      brand: 'Apple',
      categoryPath: 'Accessories > Trackers',
      price: 29,
      availability: 'sold out',
      gtins: '0194252030172',
      imageUrl: 'https://example.com/img/j3.jpg',
      attributes: {},
    });
    expect(stored.contentHash).toBe(productContentHash(expected));
  });

  it('reports progress per batch, ending with every byte read', async () => {
    const store = await shared.store();
    const progressOf = async (batchSize: number) => {
      const progress: ImportProgress[] = [];
      await importCatalog(shared.db(), {
        store,
        file: fixture('products.csv'),
        batchSize,
        onProgress: (p) => progress.push(p),
      });
      return progress;
    };
    const progress = await progressOf(2);
    expect(progress.map((p) => p.rowsRead)).toEqual([2, 4, 5]);
    const even = await progressOf(5);
    expect(even.map((p) => p.rowsRead)).toEqual([5, 5]);
    expect(even.at(-1)!.bytesRead).toBe(even.at(-1)!.totalBytes);
    const last = progress.at(-1)!;
    expect(last.bytesRead).toBe(last.totalBytes);
    expect(last.totalBytes).toBe((await readFile(fixture('products.csv'))).length);
  });

  it('leaves the product table analysed, so searches right after it are planned on its rows', async () => {
    const store = await shared.store('EUR');
    await importCatalog(shared.db(), { store, file: fixture('products.csv') });
    const [stats] = await shared.db().prisma.$queryRaw<{ planned: number; stored: bigint }[]>`
      SELECT (SELECT reltuples FROM pg_class WHERE oid = 'product'::regclass)::float8 AS planned,
             (SELECT count(*) FROM product) AS stored`;
    expect(stats!.planned).toBe(Number(stats!.stored));
  });
});
