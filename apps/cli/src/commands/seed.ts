import {
  BUNDLED_ICECAT_DIR,
  DEMO_STORE,
  ensureDemoStore,
  icecatCatalogFiles,
  importDemoCatalog,
} from '@shopsearch/platform/seed';
import type { Database } from '@shopsearch/db';
import type { Command } from 'commander';
import { print, withDatabase, type CliContext } from '../context.ts';
import { printImportReport, startProgressBar } from '../importOutput.ts';

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

/** Creates the demo store if missing and imports the Icecat zips into it, with progress. */
export async function seedDemoStore(
  context: CliContext,
  db: Database,
  dataDir = BUNDLED_ICECAT_DIR,
): Promise<void> {
  const files = await icecatCatalogFiles(dataDir);
  const { created } = await ensureDemoStore(db);
  print(
    context.stdout,
    `${created ? 'Created' : 'Using'} store "${DEMO_STORE.slug}" (${DEMO_STORE.name}).`,
  );
  await importDemoCatalog(db, {
    files,
    onFile: () => {
      const bar = startProgressBar(context, 'Seeding');
      return {
        onProgress: bar.update,
        done: (report) => {
          bar.stop();
          if (report) printImportReport(context, report, 5);
        },
      };
    },
  });
}
