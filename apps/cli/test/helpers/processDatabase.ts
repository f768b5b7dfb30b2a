// A database of its own for CLI subprocesses, described the way the CLI reads it from the
// environment: a throwaway PostgreSQL database when TEST_DATABASE_URL is set, else a temp PGlite
// directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertExpectedTestDatabase, createThrowawayDatabase } from '@shopsearch/db/testing';

export async function processDatabase(): Promise<{
  env: Record<string, string>;
  drop(): Promise<void>;
}> {
  if (assertExpectedTestDatabase() === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'cli-pglite-'));
    return { env: { PGLITE_DATA_DIR: dir }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const database = await createThrowawayDatabase('shopsearch_cli');
  return { env: { DATABASE_URL: database.url }, drop: database.drop };
}
