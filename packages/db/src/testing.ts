// Test databases: a fresh, migrated database per call. With TEST_DATABASE_URL set (an admin
// connection to a PostgreSQL server) each call creates its own database there and drops it on
// close; otherwise it is an in-memory PGlite. CI runs the whole suite both ways, and says which
// leg it is in with TEST_DATABASE_EXPECT, so a suite that would silently run on the other
// database fails instead (testDatabaseGuard.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from './database.ts';
import { applyMigrations } from './migrations.ts';

export type TestDatabaseKind = 'postgres' | 'pglite';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
}

/**
 * Throws when the run expects one database (TEST_DATABASE_EXPECT) and the environment would give
 * the other: the mistake that once let CI's PostgreSQL leg run on PGlite without a word.
 */
export function assertExpectedTestDatabase(): TestDatabaseKind {
  const expected = process.env.TEST_DATABASE_EXPECT;
  const actual = testDatabaseKind();
  if (expected && expected !== actual) {
    throw new Error(
      `TEST_DATABASE_EXPECT=${expected}, but this process would test on ${actual} ` +
        `(TEST_DATABASE_URL is ${process.env.TEST_DATABASE_URL ? 'set' : 'not set'}).`,
    );
  }
  return actual;
}

/**
 * A database created for one run (of tests, or of a bench given `adminUrl`) on the server behind
 * TEST_DATABASE_URL, and its removal.
 */
export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createThrowawayDatabase(
  prefix = 'shopsearch_test',
  adminUrl = process.env.TEST_DATABASE_URL,
): Promise<ThrowawayDatabase> {
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function openTestDatabase(): Promise<Database> {
  if (assertExpectedTestDatabase() === 'pglite') {
    const db = await openDatabase({});
    await applyMigrations(db);
    return db;
  }
  const throwaway = await createThrowawayDatabase();
  const db = await openDatabase({ url: throwaway.url, poolSize: 4 });
  await applyMigrations(db);
  return {
    ...db,
    async close() {
      await db.close();
      await throwaway.drop();
    },
  };
}

/** The server a test run uses, in words: "PostgreSQL 15.19 at 127.0.0.1:5432" or PGlite's. */
export async function describeTestDatabase(): Promise<string> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({});
    try {
      const [row] = await db.withSession((s) =>
        s.query<{ v: string }>("SELECT current_setting('server_version') AS v"),
      );
      return `PGlite (PostgreSQL ${row!.v} in WebAssembly)`;
    } finally {
      await db.close();
    }
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      "SELECT current_setting('server_version') AS v",
    );
    const { hostname, port } = new URL(adminUrl);
    return `PostgreSQL ${rows[0]!.v} at ${hostname}:${port || 5432}`;
  } finally {
    await client.end();
  }
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
