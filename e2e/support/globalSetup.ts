// Once per run: build the web app if its build is stale, seed a throwaway test database (PGlite,
// or PostgreSQL when TEST_DATABASE_URL is set) with two stores and the test accounts
// (support/accounts.ts), serve it with `next start`, and remove it all afterwards. Tests read the
// server's address with `inject('baseURL')`.
import { describeTestDatabase } from '@shopsearch/db/testing';
import type { TestProject } from 'vitest/node';
import { seedAccounts } from './accounts.ts';
import { icecatSample, smallStoreCatalog } from './paths.ts';
import { seedStore } from './seedStore.ts';
import { DEMO_STORE, SMALL_STORE } from './stores.ts';
import { createE2EDatabase } from './testDatabase.ts';
import { buildWebApp, startWebServer } from './webApp.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // Against a server someone already started (seeded as below): nothing to build, seed or stop.
  if (process.env.E2E_BASE_URL) {
    project.provide('baseURL', process.env.E2E_BASE_URL);
    return;
  }
  let started = performance.now();
  const built = await buildWebApp();
  log(`web app build ${built} (${Math.round(performance.now() - started)} ms)`);

  started = performance.now();
  const database = await createE2EDatabase('shared');
  log(`[test database] e2e: ${await describeTestDatabase()}`);
  const seed = database.platformConfig;
  await seedStore({ database: seed, store: DEMO_STORE, catalogFile: icecatSample });
  await seedStore({ database: seed, store: SMALL_STORE, catalogFile: smallStoreCatalog });
  await seedAccounts(seed);
  log(`seeded (${Math.round(performance.now() - started)} ms)`);

  const server = await startWebServer({
    ...database.serverEnv,
    DEFAULT_STORE: DEMO_STORE.slug,
    // Indexing was done by the seed; the server only searches.
    EMBEDDED_WORKER: 'false',
    // Plain HTTP on 127.0.0.1: session cookies cannot be marked Secure.
    SECURE_COOKIES: 'false',
  });
  log(`serving at ${server.url}`);
  project.provide('baseURL', server.url);

  return async () => {
    await server.stop();
    await database.remove();
  };
}
