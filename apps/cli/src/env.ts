// The CLI's configuration, validated once. Packages never read the environment; they receive
// what they need from here.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CliError } from './cliError.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DEFAULT_PGLITE_DATA_DIR = `${REPO_ROOT}.data/pglite`;

const envSchema = z.object({
  /** PostgreSQL connection string; without it the embedded PGlite database is used. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection string' })
    .optional(),
  /** Where PGlite keeps its data when DATABASE_URL is not set. */
  PGLITE_DATA_DIR: z.string().default(DEFAULT_PGLITE_DATA_DIR),
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
