// Every command in-process against a real database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL), checking output and exit codes.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@shopsearch/db';
import { openTestDatabase } from '@shopsearch/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWith } from './helpers/cliHarness.ts';
import { catalogFixture, smallIcecatDir } from './helpers/paths.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const cli = (...argv: string[]) => runWith(db, argv);

describe('usage', () => {
  it('prints help with exit code 0, everywhere', async () => {
    for (const argv of [
      ['--help'],
      ['import', '--help'],
      ['store', 'add', '--help'],
      ['db', 'migrate', '--help'],
    ]) {
      const run = await cli(...argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Usage: shopsearch/);
    }
  });

  it('exits 2 for unknown commands, missing arguments and bad choices', async () => {
    expect(await cli('frobnicate')).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command 'frobnicate'/),
    });
    expect((await cli('import', 'x.csv')).stderr).toMatch(
      /required option '--store <slug>' not specified/,
    );
    expect((await cli('import', 'x.csv', '--store', 's', '--format', 'xml')).code).toBe(2);
    expect((await cli('import', 'x.csv', '--store', 's', '--show-errors', 'many')).code).toBe(2);
    expect((await cli('store', 'add', 'x')).code).toBe(2);
  });
});

describe('db migrate', () => {
  it('reports the database as up to date on a migrated database', async () => {
    const run = await runWith(db, ['db', 'migrate'], { PGLITE_DATA_DIR: '/data/pglite' });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^PGlite at \/data\/pglite is up to date/);
  });
});

describe('store add and store list', () => {
  it('creates stores, refuses a taken slug, and lists them with product counts', async () => {
    expect(
      await cli('store', 'add', 'berlin', '--name', 'Berlin Shop', '--currency', 'eur'),
    ).toEqual({
      code: 0,
      stdout: 'Created store "berlin" (Berlin Shop, EUR).\n',
      stderr: '',
    });
    expect(await cli('store', 'add', 'berlin', '--name', 'Again')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: A store with the slug "berlin" already exists.\n',
    });
    expect((await cli('store', 'add', 'Bad Slug', '--name', 'x')).stderr).toMatch(
      /^Error: The store's slug must be/,
    );
    await cli('import', catalogFixture('products.jsonl'), '--store', 'berlin');
    const list = await cli('store', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[0]).toMatch(/^SLUG\s+NAME\s+CURRENCY\s+PRODUCTS\s+CREATED$/);
    expect(list.stdout).toMatch(/^berlin\s+Berlin Shop\s+EUR\s+3\s+\d{4}-\d\d-\d\d$/m);
  });
});

describe('import', () => {
  it('imports a good file and summarises it', async () => {
    await cli('store', 'add', 'good', '--name', 'Good');
    const run = await cli('import', catalogFixture('products.csv'), '--store', 'good');
    expect(run).toEqual({
      code: 0,
      stdout:
        'products.csv → store "good" (csv): 5 rows read, 5 inserted, 0 updated, 0 unchanged, 0 invalid.\n',
      stderr: '',
    });
    const again = await cli('import', catalogFixture('products.csv'), '--store', 'good');
    expect(again.stdout).toMatch(/0 inserted, 0 updated, 5 unchanged, 0 invalid/);
  });

  it('follows a mapping file', async () => {
    await cli('store', 'add', 'mapped', '--name', 'Mapped');
    const run = await cli(
      'import',
      catalogFixture('mapped.csv'),
      '--store',
      'mapped',
      '--mapping',
      catalogFixture('mapped.mapping.json'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 inserted/);
    expect(run.stdout).toMatch(/Ignored columns: Notes\./);
    const missing = await cli(
      'import',
      catalogFixture('mapped.csv'),
      '--store',
      'mapped',
      '--mapping',
      'no-such.json',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Error: Cannot read the mapping file no-such.json: ENOENT/);
  });

  it('exits 1 for rejected rows, printing the first ones and writing all as CSV', async () => {
    await cli('store', 'add', 'bad', '--name', 'Bad');
    const errorsFile = join(tmpdir(), `row-errors-${process.pid}.csv`);
    const run = await cli(
      'import',
      catalogFixture('bad-rows.csv'),
      '--store',
      'bad',
      '--show-errors',
      '2',
      '--errors',
      errorsFile,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/12 rows read, 3 inserted, 0 updated, 0 unchanged, 9 invalid/);
    expect(run.stderr).toBe(
      [
        '9 problems in 9 rows:',
        '  Row 2 (line 3), id: is required',
        '  Row 3 (line 4), id "B4", title: is required',
        '  … and 7 more.',
        '',
      ].join('\n'),
    );
    const csv = (await readFile(errorsFile, 'utf8')).trim().split('\n');
    expect(csv).toHaveLength(10);
    expect(csv[0]).toBe('row,line,product_id,field,reason');
    expect(csv[3]).toBe('4,5,B5,price,"must be a decimal number like 19.99 (got ""abc"")"');
  });

  it('exits 1 with a clear message, and no stack trace, for files it cannot read', async () => {
    await cli('store', 'add', 'files', '--name', 'Files');
    const empty = await cli('import', catalogFixture('empty.csv'), '--store', 'files');
    expect(empty).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: empty.csv is empty (0 bytes); there is nothing to import.\n',
    });
    const latin1 = await cli('import', catalogFixture('latin1.csv'), '--store', 'files');
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toMatch(
      /^Reading stopped early: latin1.csv is not valid UTF-8: the byte at offset 23 \(in row 2\)/,
    );
    const truncated = await cli('import', catalogFixture('truncated.json.zip'), '--store', 'files');
    expect(truncated.code).toBe(1);
    expect(truncated.stdout).toMatch(/3 rows read, 3 inserted/);
    expect(truncated.stderr).toMatch(/the JSON ends unexpectedly at byte 3,328/);
    const unknown = await cli('import', catalogFixture('notes.txt'), '--store', 'files');
    expect(unknown.stderr).toMatch(
      /^Error: notes.txt cannot be imported: its extension ".txt" is unknown/,
    );
    for (const run of [empty, latin1, truncated, unknown])
      expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for an unknown store', async () => {
    expect(await cli('import', catalogFixture('products.csv'), '--store', 'nowhere')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Error: There is no store with the slug "nowhere". Create it first or check the spelling.\n',
    });
  });
});

describe('seed', () => {
  it('creates the demo store once and imports the catalog idempotently', async () => {
    const dataDir = await smallIcecatDir();
    const first = await cli('seed', '--data-dir', dataDir);
    expect(first).toEqual({
      code: 0,
      stdout: [
        'Created store "demo" (Demo Electronics).',
        '1.json.zip → store "demo" (icecat): 4 rows read, 4 inserted, 0 updated, 0 unchanged, 0 invalid.',
        '',
      ].join('\n'),
      stderr: '',
    });
    const second = await cli('seed', '--data-dir', dataDir);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(
      /^Using store "demo" \(Demo Electronics\)\.\n.*4 rows read, 0 inserted, 0 updated, 4 unchanged, 0 invalid\.\n$/,
    );
    const demo = await db.prisma.store.findUniqueOrThrow({
      where: { slug: 'demo' },
      include: { _count: { select: { products: true } } },
    });
    expect(demo).toMatchObject({
      name: 'Demo Electronics',
      currency: 'USD',
      _count: { products: 4 },
    });
  });

  it('fails clearly when the data directory holds no catalog', async () => {
    const run = await cli('seed', '--data-dir', tmpdir() + '/no-such-dir');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Error: Cannot read the data directory .*no-such-dir: ENOENT/);
  });
});
