import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureStore, findStore, importCatalog } from '@shopsearch/catalog';
import { refreshAttributeSummary } from '@shopsearch/search';
import type { Database } from '@shopsearch/db';
import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { print, withDatabase, type CliContext } from '../context.ts';
import { printImportReport, startProgressBar } from '../import-output.ts';

export const DEMO_STORE = { slug: 'demo', name: 'Demo Electronics', currency: 'USD' };
const BUNDLED_ICECAT_DIR = fileURLToPath(new URL('../../../../data/icecat', import.meta.url));

async function catalogZips(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CliError(`Cannot read the data directory ${dir}: ${(error as Error).message}`);
  }
  const zips = names.filter((name) => name.endsWith('.json.zip')).sort();
  if (zips.length === 0) throw new CliError(`${dir} holds no .json.zip files to import.`);
  return zips.map((name) => join(dir, name));
}

export function registerSeed(program: Command, context: CliContext): void {
  program
    .command('seed')
    .description(
      `create the demo store "${DEMO_STORE.slug}" if missing and import the bundled Icecat catalog (safe to re-run)`,
    )
    .option('--data-dir <dir>', 'directory of Icecat .json.zip files', BUNDLED_ICECAT_DIR)
    .action((options: { dataDir: string }) =>
      withDatabase(context, (db) => seedDemoStore(context, db, options.dataDir)),
    );
}

/** Creates the demo store if missing and imports the Icecat zips into it (idempotent). */
export async function seedDemoStore(
  context: CliContext,
  db: Database,
  dataDir = BUNDLED_ICECAT_DIR,
) {
  const files = await catalogZips(dataDir);
  const { created } = await ensureStore(db, DEMO_STORE);
  print(
    context.stdout,
    `${created ? 'Created' : 'Using'} store "${DEMO_STORE.slug}" (${DEMO_STORE.name}).`,
  );
  for (const file of files) {
    const bar = startProgressBar(context, 'Seeding');
    let report;
    try {
      report = await importCatalog(db, {
        store: DEMO_STORE.slug,
        file,
        onProgress: bar.update,
      });
    } finally {
      bar.stop();
    }
    printImportReport(context, report, 5);
  }
  // Facets are chosen from this summary; refreshing it once per seed keeps searches from scanning.
  await refreshAttributeSummary(db.prisma, (await findStore(db, DEMO_STORE.slug)).id);
}
