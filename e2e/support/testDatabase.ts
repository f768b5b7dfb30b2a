// The database a browser-test server runs on, chosen as every other suite chooses it: a throwaway
// PostgreSQL database when TEST_DATABASE_URL is set, else a PGlite directory. The seed steps open
// it through `platformConfig`; the server reads `serverEnv`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlatformConfig } from '@shopsearch/platform';
import { assertExpectedTestDatabase, createThrowawayDatabase } from '@shopsearch/db/testing';

export interface E2EDatabase {
  platformConfig: Pick<PlatformConfig, 'databaseUrl' | 'pgliteDataDir'>;
  serverEnv: Record<string, string>;
  /** A directory of the server's own (uploads), removed with the database. */
  workDir: string;
  remove(): Promise<void>;
}

export async function createE2EDatabase(label: string): Promise<E2EDatabase> {
  const workDir = await mkdtemp(join(tmpdir(), `shopsearch-e2e-${label}-`));
  const removeDir = () => rm(workDir, { recursive: true, force: true });
  if (assertExpectedTestDatabase() === 'pglite') {
    const pgliteDataDir = join(workDir, 'pglite');
    return {
      platformConfig: { pgliteDataDir },
      serverEnv: { PGLITE_DATA_DIR: pgliteDataDir },
      workDir,
      remove: removeDir,
    };
  }
  const database = await createThrowawayDatabase(`shopsearch_e2e_${label}`);
  return {
    platformConfig: { databaseUrl: database.url },
    serverEnv: { DATABASE_URL: database.url },
    workDir,
    async remove() {
      await database.drop();
      await removeDir();
    },
  };
}
