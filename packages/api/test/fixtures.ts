// A platform on a fresh test database with the platform's test store (@shopsearch/platform/testing),
// and a caller of the API on it: the whole path from product rows to ranked, explained hits.
import type { Database } from '@shopsearch/db';
import type { Platform, PlatformConfig } from '@shopsearch/platform';
import { addIndexedStore, testPlatform } from '@shopsearch/platform/testing';
import { createApiContext } from '../src/context.ts';
import { createCaller } from '../src/root.ts';

export { addIndexedStore, products } from '@shopsearch/platform/testing';

export interface TestPlatform {
  db: Database;
  platform: Platform;
  storeId: number;
  caller: ReturnType<typeof createCaller>;
  close(): Promise<void>;
}

export async function indexedTestPlatform(
  slug = 'shop',
  config: Omit<PlatformConfig, 'database'> = {},
): Promise<TestPlatform> {
  const platform = await testPlatform(config);
  const { db } = platform;
  const storeId = await addIndexedStore(platform, slug);
  const caller = createCaller(
    createApiContext({ services: platform.services, headers: new Headers(), setCookie: () => {} }),
  );
  return { db, platform, storeId, caller, close: () => platform.close() };
}
