// Commands that search, index or evaluate run on the same platform as the web app, built from
// the CLI's environment around the command's database.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from '@shopsearch/db';
import { createPlatform, type Platform, type PlatformConfig } from '@shopsearch/platform';
import { BUNDLED_JUDGMENTS_FILE } from '@shopsearch/platform/seed';
import type { CliContext } from './context.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Opens the database and a platform on it (no in-process worker, no answer cache), runs `work`. */
export async function withPlatform<T>(
  context: CliContext,
  work: (platform: Platform) => Promise<T>,
  extra: Pick<PlatformConfig, 'onWorkerEvent'> = {},
): Promise<T> {
  const db = await context.openDatabase();
  await applyMigrations(db);
  const { env } = context;
  const platform = await createPlatform({
    database: db,
    meilisearch: env.MEILISEARCH_URL
      ? { host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_API_KEY }
      : undefined,
    modelDirectories: env.MODEL_DIR ? [env.MODEL_DIR] : undefined,
    retrievalCacheTtlMs: 0,
    // Batch work (encoding a catalog, evaluating) gets every core for each model run.
    modelThreads: availableParallelism(),
    bundledJudgmentsFile: BUNDLED_JUDGMENTS_FILE,
    workerLeaseMs: env.REINDEX_LEASE_MS,
    ...extra,
    log: (message, error) =>
      context.stderr.write(`${message}${error instanceof Error ? `: ${error.message}` : ''}\n`),
  });
  try {
    return await work(platform);
  } finally {
    await platform.close();
  }
}
