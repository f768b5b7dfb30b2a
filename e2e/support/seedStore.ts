// Builds an indexed store in the test database with the project's own packages, the way the CLI's
// `seed` + `index build` will: create the store, import a catalog file, re-index, close. The
// database is then handed to `next start`; PGlite allows one process per directory, so the
// platform must be closed before the server opens it.
import { createPlatform, indexStore, type PlatformConfig } from '@shopsearch/platform';
import { createStore, importCatalog } from '@shopsearch/catalog';

export interface SeedOptions {
  database: Pick<PlatformConfig, 'databaseUrl' | 'pgliteDataDir'>;
  store: { slug: string; name: string; currency?: string };
  /** A catalog file importCatalog reads (Icecat JSON, CSV, JSON Lines, or a zip of one). */
  catalogFile: string;
}

export interface SeedReport {
  products: number;
  indexedMs: number;
}

export async function seedStore(options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const platform = await createPlatform(options.database);
  try {
    const store = await createStore(platform.db, options.store);
    const report = await importCatalog(platform.db, {
      store: store.slug,
      file: options.catalogFile,
    });
    // The default model is static (one vector per token id): its codec stores token ids, losslessly.
    await indexStore(platform, { storeId: store.id, kind: 'full' });
    return { products: report.inserted, indexedMs: performance.now() - started };
  } finally {
    await platform.close();
  }
}
