import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, type Database } from '../src/index.ts';
import { openTestDatabase } from '../src/testing.ts';

async function migrationsDir(migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

let db: Database | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe('migration runner', () => {
  it('records applied migrations like prisma migrate deploy and skips them next time', async () => {
    db = await openTestDatabase();
    const dir = await migrationsDir({ '001_a': 'CREATE TABLE extra_a (x int);' });
    expect((await applyMigrations(db, dir)).applied).toEqual(['001_a']);
    const rows = await db.prisma.$queryRaw<
      { migration_name: string; checksum: string; applied_steps_count: number }[]
    >`
      SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" WHERE migration_name = '001_a'`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.applied_steps_count).toBe(1);
    expect((await applyMigrations(db, dir)).applied).toEqual([]);
  });

  it('rolls a failing migration back completely and names it', async () => {
    db = await openTestDatabase();
    const dir = await migrationsDir({
      '001_ok': 'CREATE TABLE extra_ok (x int);',
      '002_bad': 'CREATE TABLE extra_half (x int);\nSELECT no_such_function();',
    });
    await expect(applyMigrations(db, dir)).rejects.toThrow(/migration 002_bad failed/);
    const tables = await db.prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE 'extra_%'`;
    expect(tables.map((t) => t.name)).toEqual(['extra_ok']);
    const names = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE migration_name LIKE '00%'`;
    expect(names.map((n) => n.migration_name)).toEqual(['001_ok']);
  });

  it('refuses a migration edited after it was applied', async () => {
    db = await openTestDatabase();
    await applyMigrations(db, await migrationsDir({ '001_a': 'CREATE TABLE extra_e (x int);' }));
    const edited = await migrationsDir({ '001_a': 'CREATE TABLE extra_e (x bigint);' });
    await expect(applyMigrations(db, edited)).rejects.toThrow(
      /001_a was edited after it was applied/,
    );
  });

  it('gives token rows written before title_words the length of their title', async () => {
    db = await openTestDatabase();
    const { prisma } = db;
    // Back to the schema before that migration, with rows it must fill in.
    await prisma.$executeRaw`ALTER TABLE product_embedding DROP COLUMN title_words`;
    await prisma.$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name LIKE '%_title_words'`;
    const store = await prisma.store.create({ data: { slug: 'backfill', name: 'Backfill' } });
    const titles = { a: 'Logitech K120  keyboard\tUSB', b: '   ', c: 'Ünïcödé — mouse' };
    await prisma.product.createMany({
      data: Object.entries(titles).map(([id, title]) => ({
        storeId: store.id,
        id,
        title,
        contentHash: id,
      })),
    });
    const version = await prisma.indexVersion.create({
      data: { storeId: store.id, model: 'm', modelDim: 4, codec: 'float32' },
    });
    for (const id of Object.keys(titles)) {
      await prisma.$executeRaw`
        INSERT INTO product_embedding
          (index_version_id, store_id, product_id, token_count, codec, vectors, token_ids, content_hash)
        VALUES (${version.id}, ${store.id}, ${id}, 0, 'float32', ${new Uint8Array(0)}, ${[]}::int[], '')`;
    }

    expect((await applyMigrations(db)).applied).toEqual([expect.stringMatching(/_title_words$/)]);
    const rows = await prisma.productEmbedding.findMany({
      where: { indexVersionId: version.id },
      orderBy: { productId: 'asc' },
    });
    expect(rows.map((r) => [r.productId, r.titleWords])).toEqual([
      ['a', 4],
      ['b', 0],
      ['c', 3],
    ]);
  });
});
