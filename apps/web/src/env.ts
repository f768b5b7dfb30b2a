// The web app's configuration, validated once at start-up. Everything else imports `env` from
// here; packages receive what they need as parameters and never read process.env.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const optionalBytes = z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional());

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** PostgreSQL connection string; unset means the embedded PGlite database. */
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  PGLITE_DATA_DIR: z.preprocess(
    emptyAsUndefined,
    z.string().default(join(repoRoot, '.data/pglite')),
  ),
  /** Meilisearch host; unset means PostgreSQL full-text search as the first stage. */
  MEILISEARCH_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  MEILISEARCH_API_KEY: optionalString,
  /** A model directory; unset means the bundled default model. */
  MODEL_DIR: optionalString,
  /** The store served at `/`. */
  DEFAULT_STORE: z.preprocess(emptyAsUndefined, z.string().default('demo')),
  /** Run re-index jobs inside the web process (the embedded default); off when workers run apart. */
  EMBEDDED_WORKER: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).optional()),
  /** Mark session cookies Secure (set to false only when serving production over plain HTTP). */
  SECURE_COOKIES: z
    .preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true'))
    .transform((v) => v === 'true'),
  /**
   * Reverse proxies in front of the app that append the client's address to X-Forwarded-For and
   * set X-Forwarded-Host; 0 (the default) believes neither header from a client.
   */
  TRUSTED_PROXY_HOPS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(0).max(10).default(0),
  ),
  /** The qrels CSV analysts can import as the demo judgment set; empty turns the import off. */
  BUNDLED_JUDGMENTS_FILE: z
    .string()
    .default(join(repoRoot, 'data/icecat/judgments-dev.csv'))
    .transform((v) => v || undefined),
  /** Largest catalog upload accepted, in bytes. */
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  /** Where uploads wait for preview and commit; unset means the system's temporary directory. */
  UPLOAD_STAGING_DIR: optionalString,
  /** Days search events and clicks are kept for analytics; unset means the platform's default. */
  ANALYTICS_RETENTION_DAYS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(1).max(3650).optional(),
  ),
  /** Byte bounds of the search caches; unset means the platform's defaults. */
  EMBEDDING_CACHE_BYTES: optionalBytes,
  KEPT_CANDIDATES_BYTES: optionalBytes,
  SIMILARITY_CACHE_BYTES: optionalBytes,
});

function loadEnv() {
  if (process.env.SKIP_ENV_VALIDATION) return ZEnv.parse({});
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const env = loadEnv();
