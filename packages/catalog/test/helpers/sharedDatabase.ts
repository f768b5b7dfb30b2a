// One migrated database per test file (PGlite startup costs seconds); tests keep apart by using
// their own store slugs.
import type { Database } from '@shopsearch/db';
import { openTestDatabase } from '@shopsearch/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { createStore } from '../../src/index.ts';

export function useSharedDatabase(): {
  db: () => Database;
  store: (currency?: string) => Promise<string>;
} {
  let db: Database | undefined;
  let stores = 0;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  const current = () => {
    if (!db) throw new Error('the test database is not open yet');
    return db;
  };
  return {
    db: current,
    /** Creates a fresh store and returns its slug. */
    async store(currency = 'USD') {
      stores += 1;
      const slug = `store-${stores}`;
      await createStore(current(), { slug, name: `Store ${stores}`, currency });
      return slug;
    },
  };
}
