import { join } from 'node:path';
import { indexStore } from '@shopsearch/platform';
import { BUNDLED_ICECAT_DIR, DEMO_STORE, ensureDemoAccounts } from '@shopsearch/platform/seed';
import type { Command } from 'commander';
import { openConfiguredDatabase, print, withDatabase, type CliContext } from '../context.ts';
import { startEmbeddedPostgres } from '../embeddedPostgres.ts';
import { REPO_ROOT, withPlatform } from '../platform.ts';
import { start, stopSignals, supervise } from '../processGroup.ts';
import { seedDemoStore } from './seed.ts';

const WEB_DIR = join(REPO_ROOT, 'apps/web');
const CLI_MAIN = join(REPO_ROOT, 'apps/cli/src/main.ts');
/** The database the demo's PostgreSQL server holds the application's tables in. */
const DEMO_DATABASE = 'shopsearch';

/**
 * One command from a fresh clone to a running storefront on embedded defaults: start PostgreSQL,
 * migrate, seed the demo catalog, index it, build the web app, serve it with a re-index worker
 * beside it. Data steps already done are skipped.
 */
export function registerDemo(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description(
      'seed and index the demo store, then serve the storefront and a re-index worker (a PostgreSQL server it starts unless DATABASE_URL is set; EMBEDDED_DATABASE=pglite for PGlite)',
    )
    .option('--port <port>', 'port to serve on', (v) => Number.parseInt(v, 10), 3000)
    .option('--no-serve', 'prepare everything but do not start the web server')
    .option(
      '--data-dir <dir>',
      'directory of Icecat .json.zip files to seed from',
      BUNDLED_ICECAT_DIR,
    )
    .action((options: DemoOptions) => runDemo(context, options));
}

interface DemoOptions {
  port: number;
  serve: boolean;
  dataDir: string;
}

async function runDemo(outer: CliContext, options: DemoOptions): Promise<void> {
  const database = await demoDatabase(outer);
  const { context } = database;
  // Until the web app is served (supervise then takes the signals and stops the processes
  // first), Ctrl+C stops the database server and ends the command; the server runs in a process
  // group of its own, so nothing else would stop it.
  const interrupted = () => void database.stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const accounts = await withDatabase(context, async (db) => {
      const products = await db.prisma.product.count({
        where: { store: { slug: DEMO_STORE.slug } },
      });
      if (products === 0) await seedDemoStore(context, db, options.dataDir);
      else
        print(
          context.stdout,
          `Demo store "${DEMO_STORE.slug}" already holds ${products} products.`,
        );
      return ensureDemoAccounts(db);
    });
    await withPlatform(context, async (platform) => {
      const { prisma } = platform.db;
      const store = await prisma.store.findUniqueOrThrow({ where: { slug: DEMO_STORE.slug } });
      if (await prisma.indexVersion.count({ where: { storeId: store.id, state: 'active' } }))
        return;
      print(context.stdout, `Indexing the demo catalog with ${platform.models.defaultModel}…`);
      await indexStore(platform, { storeId: store.id, kind: 'full' });
    });
    for (const a of accounts)
      print(context.stdout, `Created ${a.role} account ${a.email} with password ${a.password}`);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (options.serve) await serve(context, options.port);
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    await database.stop();
  }
}

/**
 * The database the demo runs on: DATABASE_URL when set; otherwise a PostgreSQL server started
 * here on POSTGRES_DATA_DIR (the default), or PGlite with EMBEDDED_DATABASE=pglite. The context
 * returned points every step, and the processes started, at it.
 */
async function demoDatabase(
  context: CliContext,
): Promise<{ context: CliContext; stop(): Promise<void> }> {
  const { env } = context;
  if (env.DATABASE_URL || env.EMBEDDED_DATABASE === 'pglite')
    return { context, stop: async () => {} };
  print(context.stdout, `Starting PostgreSQL in ${env.POSTGRES_DATA_DIR}…`);
  let stopping = false;
  const server = await startEmbeddedPostgres({
    dataDir: env.POSTGRES_DATA_DIR,
    database: DEMO_DATABASE,
    port: env.EMBEDDED_POSTGRES_PORT ?? 0,
    // The server's routine log is noise here, and so are the sessions it ends when stopped.
    log: (line) => {
      if (!stopping && /\b(FATAL|PANIC)\b/.test(line)) print(context.stderr, `PostgreSQL: ${line}`);
    },
  });
  const shown = new URL(server.url);
  shown.password = '***';
  print(
    context.stdout,
    `PostgreSQL ${server.initialised ? 'initialised and ' : ''}listening: ${shown.href} ` +
      `(password in ${server.passwordFile})`,
  );
  const served = { ...env, DATABASE_URL: server.url };
  let stopped: Promise<void> | undefined;
  return {
    context: { ...context, env: served, openDatabase: () => openConfiguredDatabase(served) },
    // Once, whether a signal or the end of the command asks first.
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        await server.stop();
        print(context.stdout, 'PostgreSQL stopped.');
      })()),
  };
}

/**
 * Builds and serves the web app. On PostgreSQL the re-index worker runs as a process of its own
 * (`cli worker`), so a re-index never runs on the web server's event loop; on PGlite, which one
 * process at a time can open, the web process runs it. When one process ends the others are
 * stopped; Ctrl+C stops them all.
 */
async function serve(context: CliContext, port: number): Promise<void> {
  const signals = stopSignals();
  try {
    await buildAndServe(context, port, signals.signal);
  } finally {
    signals.release();
  }
}

async function buildAndServe(context: CliContext, port: number, stop: AbortSignal): Promise<void> {
  const { env } = context;
  const databaseEnv: Record<string, string> = env.DATABASE_URL
    ? { DATABASE_URL: env.DATABASE_URL, EMBEDDED_WORKER: 'false' }
    : { PGLITE_DATA_DIR: env.PGLITE_DATA_DIR };
  // Built every time: a build left from older code would be served as if current. Next's cache
  // makes a build of unchanged code take seconds.
  print(context.stdout, 'Building the web app…');
  await supervise([start('npx', ['next', 'build'], WEB_DIR, databaseEnv)], stop);
  if (stop.aborted) return;
  print(
    context.stdout,
    `Storefront: http://localhost:${port}/  (admin: /admin, analyst: /analyst; Ctrl+C stops)`,
  );
  const web = start('npx', ['next', 'start', '-p', String(port)], WEB_DIR, {
    ...databaseEnv,
    SECURE_COOKIES: 'false',
  });
  if (!env.DATABASE_URL) return supervise([web], stop);
  print(context.stdout, 'Re-index worker: a process of its own.');
  const worker = start(
    process.execPath,
    ['--max-old-space-size=384', '--import', 'tsx', CLI_MAIN, 'worker'],
    REPO_ROOT,
    databaseEnv,
  );
  await supervise([web, worker], stop);
}
