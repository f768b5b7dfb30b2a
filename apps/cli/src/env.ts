// The CLI's configuration, validated once. Packages never read the environment; they receive
// what they need from here.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CliError } from './cliError.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_PGLITE_DATA_DIR = `${REPO_ROOT}.data/pglite`;
export const DEFAULT_POSTGRES_DATA_DIR = `${REPO_ROOT}.data/postgres`;

const envSchema = z.object({
  /** PostgreSQL connection string; without it the embedded PGlite database is used. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection string' })
    .optional(),
  /** Where PGlite keeps its data when DATABASE_URL is not set. */
  PGLITE_DATA_DIR: z.string().default(DEFAULT_PGLITE_DATA_DIR),
  /** The database `demo` runs when DATABASE_URL is not set: a PostgreSQL server it starts, or PGlite. */
  EMBEDDED_DATABASE: z
    .enum(['postgres', 'pglite'], { error: 'must be postgres or pglite' })
    .default('postgres'),
  /** Where `demo`'s PostgreSQL server keeps its cluster. */
  POSTGRES_DATA_DIR: z.string().default(DEFAULT_POSTGRES_DATA_DIR),
  /** The port `demo`'s PostgreSQL server listens on (127.0.0.1); a free one when unset. */
  EMBEDDED_POSTGRES_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a port number' })
    .min(1, { error: 'must be a port number' })
    .max(65535, { error: 'must be a port number' })
    .optional(),
  /** Meilisearch first stage; PostgreSQL full-text search when absent. */
  MEILISEARCH_URL: z.url({ error: 'must be a URL' }).optional(),
  MEILISEARCH_API_KEY: z.string().optional(),
  /** A ColBERT model directory; the bundled model when absent. */
  MODEL_DIR: z.string().optional(),
  /** How long a re-index batch may go unrenewed before another worker takes it over (ms). */
  REINDEX_LEASE_MS: z.coerce.number().int().positive().optional(),
  /** Password for `user add` when not typed at the prompt (scripts, tests). */
  SHOPSEARCH_PASSWORD: z.string().min(1).optional(),
  /** DEBUG=1 prints stack traces with errors. */
  DEBUG: z
    .string()
    .optional()
    .transform((value) => value === '1' || value === 'true'),
});

export type Env = z.infer<typeof envSchema>;

/** Validates the variables this CLI reads; empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, source[key] === '' ? undefined : source[key]]),
  );
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${String(i.path[0])} ${i.message}`);
  throw new CliError(`The environment is invalid: ${problems.join('; ')}.`);
}
