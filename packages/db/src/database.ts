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

export interface Database {
  readonly kind: DatabaseKind;
  readonly prisma: PrismaClient;
  /** Runs `fn` on one dedicated connection outside Prisma (migrations and maintenance only). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  return config.url ? openPostgres(config.url, config.poolSize ?? 10) : openPglite(config.dataDir);
}

function openPostgres(url: string, poolSize: number): Database {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  const prisma = new PrismaClient({ adapter });
  return {
    kind: 'postgres',
    prisma,
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
  return {
    kind: 'pglite',
    prisma,
    withSession(fn) {
      return fn({
        exec: async (script) => void (await pglite.exec(script)),
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await pglite.query<Row>(sql, params)).rows,
      });
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
