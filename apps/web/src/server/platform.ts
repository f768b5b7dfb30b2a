// The web process's platform, created once and reused across requests (and across hot reloads in
// development, through globalThis). With the embedded database the re-index worker runs here too.
//
// Next.js bundles the workspace packages once per layer: pages (server components) and route
// handlers each get their own copy of every module, so an error class or a TRPCError of one copy
// is not `instanceof` the other's. The platform is one object for the whole process, created by
// whichever layer asks first, and its services throw that layer's classes. So the code that runs
// requests against it (the API's router, its error mapping, the tRPC route's handler) is kept with
// it, from the same layer, and every layer calls that: otherwise an upload refused as empty or a
// rate-limited sign-in became a 500 whenever a page had been served first.
import 'server-only';
import * as api from '@shopsearch/api';
import { createPlatform, type Platform } from '@shopsearch/platform';
import { env } from '~/env';

/** The platform with the request-handling code of the layer that created it. */
export interface PlatformServer {
  platform: Platform;
  api: typeof api;
}

const globalForPlatform = globalThis as unknown as { shopsearchServer?: Promise<PlatformServer> };

export function getPlatformServer(): Promise<PlatformServer> {
  globalForPlatform.shopsearchServer ??= createServer();
  return globalForPlatform.shopsearchServer;
}

async function createServer(): Promise<PlatformServer> {
  const platform = await createPlatform({
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
    meilisearch: env.MEILISEARCH_URL
      ? { host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY }
      : undefined,
    modelDirectories: env.MODEL_DIR ? [env.MODEL_DIR] : undefined,
    embeddedWorker: env.EMBEDDED_WORKER ? env.EMBEDDED_WORKER === 'true' : !env.DATABASE_URL,
    secureCookies: env.NODE_ENV === 'production' && env.SECURE_COOKIES,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    bundledJudgmentsFile: env.BUNDLED_JUDGMENTS_FILE,
    analyticsRetentionDays: env.ANALYTICS_RETENTION_DAYS,
    // Next.js bundles the upload reader's worker as a chunk of its own.
    uploads: {
      dir: env.UPLOAD_STAGING_DIR,
      limitBytes: env.UPLOAD_LIMIT_BYTES,
      readerWorker: 'bundled',
    },
    cacheBytes: {
      embeddings: env.EMBEDDING_CACHE_BYTES,
      keptCandidates: env.KEPT_CANDIDATES_BYTES,
      similarityRows: env.SIMILARITY_CACHE_BYTES,
    },
    log: (message, error) =>
      console.error(`[shopsearch] ${message}`, error instanceof Error ? error.message : ''),
  });
  return { platform, api };
}
