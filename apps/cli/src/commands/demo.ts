import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { indexStore } from '@shopsearch/platform';
import { DEMO_STORE, ensureDemoAccounts } from '@shopsearch/platform/seed';
import type { Command } from 'commander';
import { CliError } from '../cliError.ts';
import { print, withDatabase, type CliContext } from '../context.ts';
import { REPO_ROOT, withPlatform } from '../platform.ts';
import { seedDemoStore } from './seed.ts';

const WEB_DIR = join(REPO_ROOT, 'apps/web');

/**
 * One command from a fresh clone to a running storefront on embedded defaults: migrate, seed the
 * demo catalog, index it, build the web app, serve it. Data steps already done are skipped.
 */
export function registerDemo(program: Command, context: CliContext): void {
  program
    .command('demo')
    .description(
      'seed and index the demo store, then serve the storefront (embedded database unless DATABASE_URL is set)',
    )
    .option('--port <port>', 'port to serve on', (v) => Number.parseInt(v, 10), 3000)
    .option('--no-serve', 'prepare everything but do not start the web server')
    .action((options: { port: number; serve: boolean }) => runDemo(context, options));
}

async function runDemo(
  context: CliContext,
  options: { port: number; serve: boolean },
): Promise<void> {
  const accounts = await withDatabase(context, async (db) => {
    const products = await db.prisma.product.count({ where: { store: { slug: DEMO_STORE.slug } } });
    if (products === 0) await seedDemoStore(context, db);
    else
      print(context.stdout, `Demo store "${DEMO_STORE.slug}" already holds ${products} products.`);
    return ensureDemoAccounts(db);
  });
  await withPlatform(context, async (platform) => {
    const { prisma } = platform.db;
    const store = await prisma.store.findUniqueOrThrow({ where: { slug: DEMO_STORE.slug } });
    if (await prisma.indexVersion.count({ where: { storeId: store.id, state: 'active' } })) return;
    print(context.stdout, `Indexing the demo catalog with ${platform.models.defaultModel}…`);
    await indexStore(platform, { storeId: store.id, kind: 'full' });
  });
  for (const a of accounts)
    print(context.stdout, `Created ${a.role} account ${a.email} with password ${a.password}`);
  if (!options.serve) return;
  // Built every time: a build left from older code would be served as if current. Next's cache
  // makes a build of unchanged code take seconds.
  await run('npx', ['next', 'build'], 'Building the web app…', context);
  print(
    context.stdout,
    `Storefront: http://localhost:${options.port}/  (admin: /admin, analyst: /analyst; Ctrl+C stops)`,
  );
  await run('npx', ['next', 'start', '-p', String(options.port)], null, context, {
    SECURE_COOKIES: 'false',
  });
}

function run(
  command: string,
  args: string[],
  banner: string | null,
  context: CliContext,
  env: Record<string, string> = {},
) {
  if (banner) print(context.stdout, banner);
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: WEB_DIR,
      stdio: 'inherit',
      env: { ...process.env, ...env, PGLITE_DATA_DIR: context.env.PGLITE_DATA_DIR },
    });
    const stop = () => child.kill('SIGTERM');
    process.once('SIGINT', stop);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', stop);
      if (code === 0 || signal === 'SIGTERM' || signal === 'SIGINT') resolve();
      else reject(new CliError(`${command} ${args.join(' ')} exited with ${code ?? signal}`));
    });
  });
}
