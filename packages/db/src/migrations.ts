// Applies prisma/migrations/*/migration.sql without Prisma's schema engine (unavailable offline),
// recording each in `_prisma_migrations` exactly as `prisma migrate deploy` does, so either tool
// can take over from the other.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, SqlSession } from './database.ts';

// Joined by hand: bundlers take `new URL(relative, import.meta.url)` for an asset to copy.
const DEFAULT_MIGRATIONS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../prisma/migrations',
);

/** Prisma's own bookkeeping table, column for column. */
const BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

/** Any constant works; it only has to be the same for every runner of this project. */
const MIGRATION_LOCK_KEY = 72_707_369;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export async function listMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  // The web app's build would otherwise trace the whole repository into its output for this
  // directory read; the app is deployed with the repository (docker/Dockerfile copies it whole).
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(
        /* turbopackIgnore: true */ join(dir, name, 'migration.sql'),
        'utf8',
      );
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

export async function applyMigrations(db: Database, dir?: string): Promise<MigrationResult> {
  const migrations = await listMigrations(dir);
  return db.withSession(async (session) => {
    // Serialise concurrent runners (several workers starting at once) on PostgreSQL.
    if (db.kind === 'postgres')
      await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(BOOKKEEPING_TABLE);
      return await applyPending(session, migrations);
    } finally {
      if (db.kind === 'postgres')
        await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

async function applyPending(
  session: SqlSession,
  migrations: Migration[],
): Promise<MigrationResult> {
  const rows = await session.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    const recorded = done.get(migration.name);
    if (recorded === undefined) {
      await applyOne(session, migration);
      result.applied.push(migration.name);
    } else if (recorded === migration.checksum) {
      result.alreadyApplied.push(migration.name);
    } else {
      throw new Error(
        `migration ${migration.name} was edited after it was applied (checksum differs); add a new migration instead`,
      );
    }
  }
  return result;
}

async function applyOne(session: SqlSession, migration: Migration): Promise<void> {
  // The script and its bookkeeping row commit together: a failed migration leaves no trace.
  await session.exec('BEGIN');
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK');
    throw new Error(`migration ${migration.name} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
