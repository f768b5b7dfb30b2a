// What every command receives: validated settings, where to write, and how to reach the
// database. Tests build one around a shared test database and string sinks.
import { mkdir } from 'node:fs/promises';
import { applyMigrations, openDatabase, type Database, type MigrationResult } from '@shopsearch/db';
import type { Env } from './env.ts';

export interface CliOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliContext {
  env: Env;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Opens the configured database (not yet migrated). */
  openDatabase(): Promise<Database>;
  /** Commands set 1 when they finish but could not do everything (e.g. rows were rejected). */
  exitCode: number;
}

export function print(output: CliOutput, line = ''): void {
  output.write(`${line}\n`);
}

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in PGLITE_DATA_DIR (created if needed). */
export async function openConfiguredDatabase(env: Env): Promise<Database> {
  if (env.DATABASE_URL) return openDatabase({ url: env.DATABASE_URL });
  await mkdir(env.PGLITE_DATA_DIR, { recursive: true });
  return openDatabase({ dataDir: env.PGLITE_DATA_DIR });
}

/** A readable name for the configured database, without credentials. */
export function describeDatabase(env: Env): string {
  if (!env.DATABASE_URL) return `PGlite at ${env.PGLITE_DATA_DIR}`;
  const url = new URL(env.DATABASE_URL);
  return `PostgreSQL at ${url.host}${url.pathname}`;
}

/** Opens the database, brings its schema up to date, runs `work`, and closes it. */
export async function withDatabase<T>(
  context: CliContext,
  work: (db: Database, migrations: MigrationResult) => Promise<T>,
): Promise<T> {
  const db = await context.openDatabase();
  try {
    const migrations = await applyMigrations(db);
    return await work(db, migrations);
  } finally {
    await db.close();
  }
}
