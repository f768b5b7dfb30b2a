// A server of the admin suite's own: the merchant tests upload, edit, delete and re-index, so they
// get a fresh database each file (the demo store with a few products, the shared test accounts
// and a platform administrator) and a re-index worker in the web process, as the embedded
// default runs. The upload limit is small so "too large" costs little to test. It serves the
// build the global setup made: building again here would replace the files the shared server
// is serving.
import { join } from 'node:path';
import { createPlatform, hashPassword, type PlatformConfig } from '@shopsearch/platform';
import { afterAll, beforeAll } from 'vitest';
import { seedAccounts, type TestAccount } from '../support/accounts.ts';
import { adminStoreCatalog } from '../support/paths.ts';
import { seedStore } from '../support/seedStore.ts';
import { DEMO_STORE } from '../support/stores.ts';
import { createE2EDatabase, type E2EDatabase } from '../support/testDatabase.ts';
import { startWebServer, type WebServer } from '../support/webApp.ts';

/** Platform administrator (no store role). */
export const PLATFORM_ADMIN: TestAccount = {
  email: 'admin@platform.test',
  password: 'e2e platform admin password',
};

export const UPLOAD_LIMIT_BYTES = 64 * 1024;

async function seedPlatformAdmin(
  database: Pick<PlatformConfig, 'databaseUrl' | 'pgliteDataDir'>,
): Promise<void> {
  const platform = await createPlatform(database);
  try {
    await platform.db.prisma.user.create({
      data: {
        email: PLATFORM_ADMIN.email,
        passwordHash: await hashPassword(PLATFORM_ADMIN.password),
        isPlatformAdmin: true,
      },
    });
  } finally {
    await platform.close();
  }
}

/** Starts the suite's server before its tests and removes it all afterwards; read `url()`. */
export function useAdminServer(): { url: () => string } {
  let server: WebServer | undefined;
  let database: E2EDatabase | undefined;
  beforeAll(async () => {
    database = await createE2EDatabase('admin');
    const seed = database.platformConfig;
    await seedStore({ database: seed, store: DEMO_STORE, catalogFile: adminStoreCatalog });
    await seedAccounts(seed);
    await seedPlatformAdmin(seed);
    server = await startWebServer({
      ...database.serverEnv,
      DEFAULT_STORE: DEMO_STORE.slug,
      EMBEDDED_WORKER: 'true',
      SECURE_COOKIES: 'false',
      UPLOAD_LIMIT_BYTES: String(UPLOAD_LIMIT_BYTES),
      UPLOAD_STAGING_DIR: join(database.workDir, 'uploads'),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.remove();
  });
  return {
    url: () => {
      if (!server) throw new Error('the admin server is not running yet');
      return server.url;
    },
  };
}
