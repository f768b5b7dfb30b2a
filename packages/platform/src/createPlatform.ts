// The composition root: one place that turns configuration into running services. The web app
// and the CLI call it with settings read from their environment; nothing below reads process.env.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MODEL_DIR } from '@shopsearch/colbert';
import { applyMigrations, openDatabase, type Database } from '@shopsearch/db';
import { registryEncoders, ReindexWorker, type WorkerEvent } from '@shopsearch/indexing';
import {
  ColbertReranker,
  createMeilisearchFirstStage,
  loadIndexSettings,
  ModelRegistry,
  PostgresRetriever,
  postgresIndex,
  SearchCaches,
  SearchEventRecorder,
  SearchService,
  type EmbeddingStore,
  type FirstStage,
} from '@shopsearch/search';
import { createLoginThrottle } from './accounts/loginThrottle.ts';
import { createSearchClickBudget } from './analytics/searchClicks.ts';
import type { PlatformServices } from './platformServices.ts';
import { StoreDirectory } from './stores/storeDirectory.ts';
import { purgeExpiredExperimentData } from './experiments/purgeExperimentData.ts';
import {
  DEFAULT_ANALYTICS_RETENTION_DAYS,
  purgeExpiredSearchAnalytics,
} from './analytics/purgeSearchAnalytics.ts';
import { RunningExperiments } from './experiments/runningExperiments.ts';
import { UploadStaging, type UploadStagingOptions } from './uploads/uploadStaging.ts';

export interface PlatformConfig {
  /** An already open database (tests); otherwise one is opened from the settings below. */
  database?: Database | undefined;
  /** PostgreSQL URL; absent means embedded PGlite in `pgliteDataDir` (in memory when that is absent too). */
  databaseUrl?: string | undefined;
  pgliteDataDir?: string | undefined;
  meilisearch?: { host: string; apiKey?: string | undefined } | undefined;
  /** Model directories; the first builds new index versions. Default: the bundled model. */
  modelDirectories?: string[] | undefined;
  /** Lifetime of cached first-stage answers; 0 turns the cache off. Default 30 s. */
  retrievalCacheTtlMs?: number;
  /**
   * Byte bounds of the search caches of this process. Defaults: stored vectors 256 MiB, candidates'
   * vectors kept packed for repeated queries 64 MiB, query tokens' vocabulary rows 32 MiB per model.
   */
  cacheBytes?: { embeddings?: number; keptCandidates?: number; similarityRows?: number };
  /**
   * ONNX Runtime threads per model session. Default 1: concurrent searches already use the cores,
   * and a pool that must wake for every small MaxSim call adds latency on a busy machine.
   */
  modelThreads?: number;
  /** Run a re-index worker in this process. */
  embeddedWorker?: boolean;
  /** How long a batch may go without a lease renewal before another worker takes it (default 60 s). */
  workerLeaseMs?: number;
  /** Sees every event of this process's re-index worker (CLI progress and logs). */
  onWorkerEvent?: (event: WorkerEvent) => void;
  secureCookies?: boolean;
  /**
   * Reverse proxies in front of the app that append to X-Forwarded-For and set X-Forwarded-Host
   * (default 0: none, the headers a client sends are not believed).
   */
  trustedProxyHops?: number;
  /** The qrels CSV analysts can import as the demo judgment set. */
  bundledJudgmentsFile?: string | undefined;
  /**
   * Catalog uploads awaiting preview and commit. Default: a folder in the system's temporary
   * directory, 50 MB per file, kept one hour. Web instances behind one address need a shared dir.
   */
  uploads?: Partial<UploadStagingOptions>;
  /** Days search events and search clicks are kept (default 400: analytics periods span a year). */
  analyticsRetentionDays?: number;
  /** Where to report errors that must not reach a user (failed event writes, worker retries). */
  log?: (message: string, error?: unknown) => void;
}

export interface Platform {
  db: Database;
  services: PlatformServices;
  models: ModelRegistry;
  firstStage: FirstStage;
  embeddings: EmbeddingStore;
  /** Every cache a search reads through (invalidated by `storeChanged`). */
  caches: SearchCaches;
  worker: ReindexWorker;
  events: SearchEventRecorder;
  /** Call after a store's catalog, settings or index changed in this process: drops its caches. */
  storeChanged(storeId: number): void;
  close(): Promise<void>;
}

export async function createPlatform(config: PlatformConfig): Promise<Platform> {
  const log = config.log ?? (() => {});
  const db =
    config.database ??
    (await openDatabase({ url: config.databaseUrl, dataDir: config.pgliteDataDir }));
  await applyMigrations(db);
  const { prisma } = db;
  const models = new ModelRegistry(
    config.modelDirectories?.length ? config.modelDirectories : [DEFAULT_MODEL_DIR],
    { threads: config.modelThreads ?? 1, similarityCacheBytes: config.cacheBytes?.similarityRows },
  );
  const engine: FirstStage = config.meilisearch
    ? createMeilisearchFirstStage(config.meilisearch)
    : { retriever: new PostgresRetriever(prisma), index: postgresIndex };
  const caches = new SearchCaches({
    prisma,
    reader: db.reader,
    retriever: engine.retriever,
    retrievalTtlMs: config.retrievalCacheTtlMs,
    embeddingBytes: config.cacheBytes?.embeddings,
    keptCandidatesBytes: config.cacheBytes?.keptCandidates,
  });
  const firstStage: FirstStage = { retriever: caches.retriever, index: engine.index };
  const events = new SearchEventRecorder(prisma, {
    onError: (error) => log('could not record search events', error),
  });
  const stores = new StoreDirectory(prisma);
  const storeChanged = (storeId: number) => {
    caches.invalidate(storeId);
    stores.invalidate();
  };
  const search = new SearchService({
    prisma,
    caches,
    reranker: new ColbertReranker(models),
    events,
  });
  const worker = new ReindexWorker({
    prisma,
    firstStage: firstStage.index,
    encoders: registryEncoders(models),
    indexSettings: (storeId) => loadIndexSettings(prisma, storeId),
    ...(config.workerLeaseMs ? { leaseMs: config.workerLeaseMs } : {}),
    onEvent(event) {
      config.onWorkerEvent?.(event);
      if (event.type === 'batch-retry')
        log(`re-index batch ${event.batchId} failed: ${event.reason}`, event.error);
      // A finished job may have switched the active version and synced the first stage.
      if (event.type === 'jobs-finished') for (const job of event.jobs) storeChanged(job.storeId);
    },
  });
  // Experiments' impressions and clicks, and search analytics, past their retention.
  const analyticsRetentionDays = config.analyticsRetentionDays ?? DEFAULT_ANALYTICS_RETENTION_DAYS;
  const purge = setInterval(() => {
    purgeExpiredExperimentData({ prisma }).catch((error) =>
      log('could not purge expired experiment data', error),
    );
    purgeExpiredSearchAnalytics({ prisma }, analyticsRetentionDays).catch((error) =>
      log('could not purge expired search analytics', error),
    );
  }, 3_600_000);
  purge.unref();
  const stopWorker = new AbortController();
  const running = config.embeddedWorker ? worker.run(stopWorker.signal) : Promise.resolve();
  const services: PlatformServices = {
    prisma,
    search,
    stores,
    loginThrottle: createLoginThrottle(),
    searchClickBudget: createSearchClickBudget(),
    secureCookies: config.secureCookies ?? false,
    trustedProxyHops: config.trustedProxyHops ?? 0,
    models,
    firstStageIndex: firstStage.index,
    bundledJudgmentsFile: config.bundledJudgmentsFile,
    uploads: new UploadStaging({
      dir: config.uploads?.dir ?? join(tmpdir(), 'shopsearch-uploads'),
      limitBytes: config.uploads?.limitBytes ?? 50 * 1024 * 1024,
      ...(config.uploads?.ttlMs ? { ttlMs: config.uploads.ttlMs } : {}),
      ...(config.uploads?.importLimits ? { importLimits: config.uploads.importLimits } : {}),
      ...(config.uploads?.readerWorker ? { readerWorker: config.uploads.readerWorker } : {}),
    }),
    runningExperiments: new RunningExperiments({ prisma }),
    storeChanged,
  };
  return {
    db,
    services,
    models,
    firstStage,
    embeddings: caches.embeddings,
    caches,
    worker,
    events,
    storeChanged,
    async close() {
      stopWorker.abort();
      clearInterval(purge);
      await running;
      await events.drain();
      await models.close();
      await db.close();
    },
  };
}
