// The web process's platform, created once and reused across requests (and across hot reloads in
// development, through globalThis). With the embedded database the re-index worker runs here too.
import 'server-only';
import { createPlatform, type Platform } from '@shopsearch/api';
import { env } from '~/env';

const globalForPlatform = globalThis as unknown as { shopsearchPlatform?: Promise<Platform> };

export function getPlatform(): Promise<Platform> {
  globalForPlatform.shopsearchPlatform ??= createPlatform({
    databaseUrl: env.DATABASE_URL,
    pgliteDataDir: env.PGLITE_DATA_DIR,
    meilisearch: env.MEILISEARCH_URL
      ? { host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY }
      : undefined,
    modelDirectories: env.MODEL_DIR ? [env.MODEL_DIR] : undefined,
    embeddedWorker: env.EMBEDDED_WORKER ? env.EMBEDDED_WORKER === 'true' : !env.DATABASE_URL,
    secureCookies: env.NODE_ENV === 'production' && env.SECURE_COOKIES,
    bundledJudgmentsFile: env.BUNDLED_JUDGMENTS_FILE,
    uploads: { dir: env.UPLOAD_STAGING_DIR, limitBytes: env.UPLOAD_LIMIT_BYTES },
    cacheBytes: {
      embeddings: env.EMBEDDING_CACHE_BYTES,
      keptCandidates: env.KEPT_CANDIDATES_BYTES,
      similarityRows: env.SIMILARITY_CACHE_BYTES,
    },
    log: (message, error) =>
      console.error(`[shopsearch] ${message}`, error instanceof Error ? error.message : ''),
  });
  return globalForPlatform.shopsearchPlatform;
}
