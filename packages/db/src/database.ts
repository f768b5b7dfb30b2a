// The one database factory: PostgreSQL when a URL is given, an embedded PGlite data directory
// otherwise. Both expose the same Prisma client, plus a raw SQL executor for migrations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.ts';

export type DatabaseKind = 'postgres' | 'pglite';

export interface DatabaseConfig {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory; omitted means an in-memory database (tests). */
  dataDir?: string | undefined;
  /** Connection pool size for PostgreSQL. */
  poolSize?: number;
}

/** One connection that runs multi-statement scripts and parameterised queries. */
export interface SqlSession {
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/**
 * Parameterised reads on the driver, not through Prisma: for the few statements every search
 * runs, where Prisma's query interpreter and result mapping cost more CPU than the driver itself
 * (BENCHMARKS.md, "Where a search's CPU goes"). Rows come back as the driver parses them: column
 * names as in SQL, jsonb parsed, timestamps as Date, bytea as Uint8Array, arrays as arrays.
 */
export interface SqlReader {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  readonly kind: DatabaseKind;
  readonly prisma: PrismaClient;
  /** Reads outside Prisma, on the same connections (hot paths only; writes go through Prisma). */
  readonly reader: SqlReader;
  /** Runs `fn` on one dedicated connection outside Prisma (migrations and maintenance only). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  return config.url ? openPostgres(config.url, config.poolSize ?? 10) : openPglite(config.dataDir);
}

function openPostgres(url: string, poolSize: number): Database {
  // One pool for Prisma and the reader, so both stay within `poolSize` connections.
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closed is dropped from the pool; without a listener the error
  // would end the process (Prisma's adapter adds its own only once it first connects).
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgres',
    prisma,
    reader: {
      query: async <Row>(sql: string, params?: unknown[]) =>
        (await pool.query(sql, params)).rows as Row[],
    },
    async withSession(fn) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return await fn({
          // Without parameters pg uses the simple query protocol, which accepts several statements.
          exec: async (script) => void (await client.query(script)),
          query: async (sql, params) => (await client.query(sql, params)).rows,
        });
      } finally {
        await client.end();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

// PGlite's buffer cache lives in this process's memory and defaults to 128 MB, which a catalog
// import fills; 32 MB keeps the embedded default's footprint small (BENCHMARKS.md, catalog import),
// and pages not in it still come from the operating system's file cache.
const PGLITE_SHARED_BUFFERS = '32MB';

async function openPglite(dataDir: string | undefined): Promise<Database> {
  // PGlite creates its own directory but not the folders above it.
  if (dataDir) mkdirSync(dirname(dataDir), { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const query = async <Row>(sql: string, params?: unknown[]) =>
    (await pglite.query<Row>(sql, params)).rows;
  return {
    kind: 'pglite',
    prisma,
    reader: { query },
    withSession(fn) {
      return fn({
        exec: async (script) => void (await pglite.exec(script)),
        query,
      });
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
