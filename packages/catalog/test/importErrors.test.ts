// Bad input: each case gives a message naming what was wrong and where, and leaves the database
// consistent (whole products or none, nothing at all when the import could not start).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EmptyFileError,
  FileEncodingError,
  formatRowError,
  importCatalog,
  InvalidMappingError,
  MalformedFileError,
  UnknownStoreError,
  UnreadableFileError,
  UnsupportedFileError,
  type RowError,
} from '../src/index.ts';
import { fixture } from './helpers/fixtures.ts';
import { useSharedDatabase } from './helpers/sharedDatabase.ts';

const shared = useSharedDatabase();

async function storedIds(store: string) {
  const rows = await shared.db().prisma.product.findMany({
    where: { store: { slug: store } },
    select: { id: true, title: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => r.id);
}

async function productCount() {
  return shared.db().prisma.product.count();
}

describe('rows that cannot be imported', () => {
  it('reports each bad CSV row by row, line and column, and imports the good ones', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), { store, file: fixture('bad-rows.csv') });
    expect(report).toMatchObject({ rowsRead: 12, inserted: 3, invalid: 9 });
    expect(report.fileError).toBeUndefined();
    expect(report.errors.map(formatRowError)).toEqual([
      'Row 2 (line 3), id: is required',
      'Row 3 (line 4), id "B4", title: is required',
      'Row 4 (line 5), id "B5", price: must be a decimal number like 19.99 (got "abc")',
      'Row 5 (line 6), id "B6", price: must not be negative (got "-5.00")',
      'Row 6 (line 7), id "B1", id: repeats the id of row 1; the first one is kept',
      'Row 7 (line 8): does not have as many values as the header has columns',
      'Row 8 (line 9), id "B8", availability: must be one of in_stock, out_of_stock, preorder, discontinued (got "maybe")',
      'Row 9 (line 10), id "B9", released_at: is not a real date (got "2021-02-30")',
      'Row 11 (line 12), title: has a quote inside a quoted value that is not doubled ("")',
    ]);
    expect(await storedIds(store)).toEqual(['B1', 'B2', 'B3']);
    const first = await shared.db().prisma.product.findFirstOrThrow({
      where: { store: { slug: store }, id: 'B1' },
    });
    expect(first).toMatchObject({ title: 'Good first row', priceMinor: 1000 });
  });

  it('reports bad JSON Lines by line and key', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), { store, file: fixture('bad-rows.jsonl') });
    expect(report).toMatchObject({ rowsRead: 10, inserted: 2, invalid: 8 });
    expect(report.errors.map(formatRowError)).toEqual([
      expect.stringMatching(/^Row 2 \(line 2\): is not valid JSON \(/),
      'Row 3 (line 3): is not a JSON object (got [1, 2])',
      'Row 4 (line 4), id "J2", title: must be text (got {"en":"an object"})',
      'Row 5 (line 5), id "J3", price: must not be negative (got "-1")',
      'Row 6 (line 6), id "J4", price: has more decimal places than USD allows (2) (got "12.345")',
      'Row 7 (line 7), id "J1", id: repeats the id of row 1; the first one is kept',
      'Row 9 (line 9), id "J6", gtin: has "12ab", which is not 8 to 14 digits',
      'Row 10 (line 10), id "J7", attr.weight:number: must be a number (got "heavy")',
    ]);
    expect(await storedIds(store)).toEqual(['J1', 'J5']);
  });

  it('says in words why a CSV row cannot be read, by line and column, quoting none of it', async () => {
    const store = await shared.store();
    const file = join(await mkdtemp(join(tmpdir(), 'quotes-')), 'quotes.csv');
    const lines = [
      'id,title,price',
      'Q1,Explore Widget Gamma with "quoted" name,1.00',
      'Q2,"Closing "quote" too early",2.00',
      'Q3,Fine,3.00',
      'Q4,"Never closed,4.00',
      'Q5,Read as part of the open quote,5.00',
    ];
    await writeFile(file, lines.join('\n'));
    const report = await importCatalog(shared.db(), { store, file });
    expect(report.errors.map(formatRowError)).toEqual([
      'Row 1 (line 2), title: has a quote inside a value that does not start with one; put the whole value in quotes and double each quote inside it ("")',
      'Row 2 (line 3), title: has a quote inside a quoted value that is not doubled ("")',
      'Row 4 (line 6), title: opens a quoted value that is never closed, up to the end of the file',
    ]);
    expect(await storedIds(store)).toEqual(['Q3']);
  });

  it('keeps the first errors in the report and hands every one to onRowError', async () => {
    const store = await shared.store();
    const seen: RowError[] = [];
    const report = await importCatalog(shared.db(), {
      store,
      file: fixture('bad-rows.csv'),
      maxErrors: 2,
      onRowError: (e) => seen.push(e),
    });
    expect(report.errors).toHaveLength(2);
    expect(report.errorCount).toBe(9);
    expect(seen).toHaveLength(9);
  });
});

describe('files that cannot be read to the end', () => {
  it('imports the rows before a byte that is not UTF-8 and names its offset and row', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), { store, file: fixture('latin1.csv') });
    expect(report.fileError).toBeInstanceOf(FileEncodingError);
    expect(report.fileError?.cause).toEqual({ file: 'latin1.csv', byteOffset: 23, row: 2 });
    expect(report.fileError?.message).toBe(
      'latin1.csv is not valid UTF-8: the byte at offset 23 (in row 2) cannot be decoded. Save the file as UTF-8 and import it again.',
    );
    expect(report).toMatchObject({ rowsRead: 1, inserted: 1 });
    expect(await storedIds(store)).toEqual(['L1']);
  });

  it('imports the products before the cut of a truncated JSON array and says where it ends', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), { store, file: fixture('truncated.json.zip') });
    expect(report.fileError).toBeInstanceOf(MalformedFileError);
    expect(report.fileError?.message).toBe(
      'truncated.json.zip is malformed: the JSON ends unexpectedly at byte 3,328, after row 3, before the array is closed; the file looks truncated.',
    );
    expect(report.fileError?.cause).toMatchObject({ byteOffset: 3328, row: 4 });
    expect(report).toMatchObject({ rowsRead: 3, inserted: 3 });
    expect(await storedIds(store)).toHaveLength(3);
  });

  it('handles a plain truncated .json the same way', async () => {
    const store = await shared.store();
    const whole = await readFile(fixture('icecat-sample.json'));
    const cutAt = whole.indexOf('"id": "968447"');
    const file = join(await mkdtemp(join(tmpdir(), 'truncated-')), 'cut.json');
    await writeFile(file, whole.subarray(0, cutAt));
    const report = await importCatalog(shared.db(), { store, file });
    expect(report.fileError?.message).toMatch(
      new RegExp(`ends unexpectedly at byte ${cutAt.toLocaleString('en-US')}, after row 3`),
    );
    expect(report.inserted).toBe(3);
  });

  it('stops before any row when the CSV header lacks a required column', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), {
      store,
      file: fixture('missing-id-column.csv'),
    });
    expect(report.fileError?.message).toBe(
      'missing-id-column.csv is malformed: the header has no "id" column, which every product needs; found "sku", "title".',
    );
    expect(report.rowsRead).toBe(0);
    expect(await storedIds(store)).toEqual([]);
  });

  it('stops before any row when csv-parse cannot read the CSV header', async () => {
    const store = await shared.store();
    const file = join(await mkdtemp(join(tmpdir(), 'header-')), 'header.csv');
    await writeFile(file, 'id,"title,price\n1,Mouse,9.99\n');
    const report = await importCatalog(shared.db(), { store, file });
    expect(report.fileError?.message).toBe(
      'header.csv is malformed: the header opens a quoted value that is never closed, up to the end of the file.',
    );
    expect(report.rowsRead).toBe(0);
  });

  it('refuses JSON that is not an array', async () => {
    const store = await shared.store();
    const report = await importCatalog(shared.db(), { store, file: fixture('not-an-array.json') });
    expect(report.fileError?.message).toMatch(/must hold one JSON array of products/);
    expect(report.rowsRead).toBe(0);
  });
});

describe('imports that cannot start', () => {
  it('throws for an unknown store before reading or writing anything', async () => {
    const before = await productCount();
    const attempt = importCatalog(shared.db(), {
      store: 'no-such-shop',
      file: fixture('products.csv'),
    });
    await expect(attempt).rejects.toThrow(UnknownStoreError);
    await expect(attempt).rejects.toThrow(
      'There is no store with the slug "no-such-shop". Create it first or check the spelling.',
    );
    expect(await productCount()).toBe(before);
  });

  it('throws for empty, missing, unknown and multi-file inputs', async () => {
    const store = await shared.store();
    const db = shared.db();
    await expect(importCatalog(db, { store, file: fixture('empty.csv') })).rejects.toThrow(
      new EmptyFileError('empty.csv'),
    );
    await expect(importCatalog(db, { store, file: fixture('empty.csv') })).rejects.toThrow(
      'empty.csv is empty (0 bytes); there is nothing to import.',
    );
    await expect(importCatalog(db, { store, file: fixture('nope.csv') })).rejects.toThrow(
      UnreadableFileError,
    );
    await expect(importCatalog(db, { store, file: fixture('notes.txt') })).rejects.toThrow(
      /^notes.txt cannot be imported: its extension ".txt" is unknown and its content is not JSON\./,
    );
    await expect(importCatalog(db, { store, file: fixture('two-files.zip') })).rejects.toThrow(
      UnsupportedFileError,
    );
    await expect(importCatalog(db, { store, file: fixture('two-files.zip') })).rejects.toThrow(
      /the zip archive holds 2 files, but it must hold exactly one/,
    );
    await expect(
      importCatalog(db, { store, file: fixture('mapped.csv'), mapping: { naam: 'name' } }),
    ).rejects.toThrow(InvalidMappingError);
    expect(await storedIds(store)).toEqual([]);
  });

  it('lets an explicit format override the extension', async () => {
    const store = await shared.store();
    const dir = await mkdtemp(join(tmpdir(), 'format-'));
    const file = join(dir, 'export.txt');
    await writeFile(file, await readFile(fixture('products.csv')));
    const report = await importCatalog(shared.db(), { store, file, format: 'csv' });
    expect(report).toMatchObject({ format: 'csv', inserted: 5 });
  });
});

describe('atomic batches', () => {
  it('writes a batch whole or not at all when the database rejects one product', async () => {
    const store = await shared.store();
    const db = shared.db();
    // A trigger stands in for any database-side failure in the middle of a batch.
    await db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION reject_c4() RETURNS trigger AS $$
      BEGIN
        IF NEW.id = 'C4' THEN RAISE EXCEPTION 'rejected C4'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER reject_c4 BEFORE INSERT ON product FOR EACH ROW EXECUTE FUNCTION reject_c4()`,
    );
    try {
      await expect(
        importCatalog(db, { store, file: fixture('products.csv'), batchSize: 2 }),
      ).rejects.toThrow(/rejected C4/);
      // C1, C2 were committed by the first batch; C3 shared the failing batch with C4.
      expect(await storedIds(store)).toEqual(['C1', 'C2']);
    } finally {
      await db.prisma.$executeRawUnsafe('DROP TRIGGER reject_c4 ON product');
      await db.prisma.$executeRawUnsafe('DROP FUNCTION reject_c4()');
    }
  });
});
