// A dry run checks a whole file the way an import would and reports what the import would do,
// without writing a single row: the preview a merchant reads before committing an upload.
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FileEncodingError,
  formatRowError,
  importCatalog,
  MalformedFileError,
} from '../src/index.ts';
import { fixture } from './helpers/fixtures.ts';
import { useSharedDatabase } from './helpers/sharedDatabase.ts';

const shared = useSharedDatabase();

/** The import's report for `file` into `store`, without writing anything. */
function dryRun(store: string, file: string, options: { sampleSize?: number } = {}) {
  return importCatalog(shared.db(), { store, file, dryRun: true, ...options });
}

async function storedProducts(store: string) {
  return shared.db().prisma.product.findMany({
    where: { store: { slug: store } },
    orderBy: { id: 'asc' },
  });
}

describe('dry run', () => {
  it('reports the same rows, counts and errors as the import, and writes nothing', async () => {
    const store = await shared.store();
    const file = fixture('bad-rows.csv');
    const preview = await dryRun(store, file, { sampleSize: 2 });
    expect(await storedProducts(store)).toEqual([]);
    expect(preview).toMatchObject({
      dryRun: true,
      format: 'csv',
      rowsRead: 12,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      invalid: 9,
      columns: ['id', 'title', 'price', 'availability', 'released_at'],
    });
    expect(preview.sample.map((p) => [p.id, p.title, p.priceMinor])).toEqual([
      ['B1', 'Good first row', 1000],
      ['B2', 'Good row in the middle', 250],
    ]);

    const imported = await importCatalog(shared.db(), { store, file });
    expect(imported.dryRun).toBe(false);
    expect(imported.errors.map(formatRowError)).toEqual(preview.errors.map(formatRowError));
    expect(imported).toMatchObject({ rowsRead: 12, inserted: 3, invalid: 9 });
  });

  it('counts new, changed and unchanged products against the stored content hashes', async () => {
    const store = await shared.store();
    const file = join(await mkdtemp(join(tmpdir(), 'dry-run-')), 'products.csv');
    await copyFile(fixture('products.csv'), file);
    await importCatalog(shared.db(), { store, file });
    const before = await storedProducts(store);

    const csv = await readFile(file, 'utf8');
    await writeFile(
      file,
      csv.replace('399.00', '379.00') + 'C6,NEW,A new product,,,,1.00,,,,,,,,,\n',
    );
    const preview = await dryRun(store, file);
    expect(preview).toMatchObject({ inserted: 1, updated: 1, unchanged: 4, invalid: 0 });
    expect(await storedProducts(store)).toEqual(before);

    const committed = await importCatalog(shared.db(), { store, file });
    expect(committed).toMatchObject({ inserted: 1, updated: 1, unchanged: 4 });
  });

  it('lists the keys of JSON Lines records in first-seen order as the columns found', async () => {
    const store = await shared.store();
    const preview = await dryRun(store, fixture('products.jsonl'), { sampleSize: 10 });
    expect(preview.columns).toEqual([
      'id',
      'sku',
      'title',
      'brand',
      'category',
      'price',
      'currency',
      'gtin',
      'availability',
      'released_at',
      'attributes',
      'attr.capacity_mah:number',
      'attr.colour',
      'image_url',
    ]);
    expect(preview.sample.map((p) => p.id)).toEqual(['J1', '1002', 'J3']);
    expect(preview.sample[1]!.attributes).toEqual({ capacity_mah: 10000, colour: 'Black' });
  });

  it('reports a file that cannot be read to the end and keeps even the rows before it out', async () => {
    const store = await shared.store();
    const latin1 = await dryRun(store, fixture('latin1.csv'));
    expect(latin1.fileError).toBeInstanceOf(FileEncodingError);
    expect(latin1).toMatchObject({ rowsRead: 1, inserted: 1 });

    const truncated = await dryRun(store, fixture('truncated.json.zip'));
    expect(truncated.fileError).toBeInstanceOf(MalformedFileError);
    expect(truncated).toMatchObject({ rowsRead: 3, inserted: 3 });
    expect(await storedProducts(store)).toEqual([]);
  });

  it('gives the rest of its process turns while it reads, not only when the file is done', async () => {
    // One chunk of file, then parsing and the embedded database's answers: all microtasks, which
    // kept a web process's requests waiting for a whole preview.
    const rows = Array.from({ length: 1_000 }, (_, i) => `T${i},Product ${i},1.00`);
    const dir = await mkdtemp(join(tmpdir(), 'dry-run-'));
    const file = join(dir, 'turns.csv');
    await writeFile(file, ['id,title,price', ...rows].join('\n'));
    let turns = 0;
    const ticking = setInterval(() => (turns += 1), 0);
    const report = await dryRun(await shared.store(), file);
    clearInterval(ticking);
    expect(report.rowsRead).toBe(1_000);
    expect(turns).toBeGreaterThanOrEqual(5);
  });
});
