// A platform holding the demo store with the whole Icecat catalog, imported and indexed: the
// starting point of every end-to-end benchmark. Reuses BENCH_PGLITE_DIR when it already holds
// the indexed store, so repeated runs skip the import.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatform, indexStore, type Platform } from '@shopsearch/platform';
import { ensureStore, importCatalog } from '@shopsearch/catalog';
import type { CodecName } from '@shopsearch/colbert';
import { ICECAT_FILES, STORE } from './icecatPaths.ts';

export { ICECAT_FILES, JUDGMENTS_FILE, REPO_ROOT, STORE } from './icecatPaths.ts';

export interface IcecatPlatform {
  platform: Platform;
  storeId: number;
  database: string;
}

export async function icecatPlatform(
  options: { codec?: CodecName; embeddedWorker?: boolean; retrievalCacheTtlMs?: number } = {},
): Promise<IcecatPlatform> {
  const databaseUrl = process.env.DATABASE_URL;
  const pgliteDataDir = databaseUrl
    ? undefined
    : (process.env.BENCH_PGLITE_DIR ?? (await mkdtemp(join(tmpdir(), 'bench-'))));
  const platform = await createPlatform({
    databaseUrl,
    pgliteDataDir,
    embeddedWorker: options.embeddedWorker ?? false,
    retrievalCacheTtlMs: options.retrievalCacheTtlMs,
  });
  const { prisma } = platform.db;
  await ensureStore(platform.db, { slug: STORE, name: 'Demo Electronics', currency: 'USD' });
  const store = await prisma.store.findUniqueOrThrow({ where: { slug: STORE } });
  const codec: CodecName = options.codec ?? 'tokenid';
  const active = await prisma.indexVersion.findFirst({
    where: { storeId: store.id, state: 'active', codec },
  });
  if (!active) {
    for (const file of ICECAT_FILES) await importCatalog(platform.db, { store: STORE, file });
    await indexStore(platform, { storeId: store.id, kind: 'full', codec });
  }
  return {
    platform,
    storeId: store.id,
    database: databaseUrl ? 'PostgreSQL' : `PGlite (${pgliteDataDir})`,
  };
}
