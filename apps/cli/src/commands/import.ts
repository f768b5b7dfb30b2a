import { readFile } from 'node:fs/promises';
import { CATALOG_FORMATS, findStore, importCatalog, type CatalogFormat } from '@shopsearch/catalog';
import type { Database } from '@shopsearch/db';
import { refreshStoreSummaries } from '@shopsearch/search';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CliError } from '../cliError.ts';
import { withDatabase, type CliContext } from '../context.ts';
import { openErrorCsv, printImportReport, startProgressBar } from '../importOutput.ts';

interface ImportCommandOptions {
  store: string;
  format?: CatalogFormat;
  mapping?: string;
  errors?: string;
  showErrors: number;
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

async function readMapping(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`Cannot read the mapping file ${path}: ${(error as Error).message}`);
  }
}

export function registerImport(program: Command, context: CliContext): void {
  program
    .command('import')
    .description('import a catalog file into a store (inserts new products, updates changed ones)')
    .argument(
      '<file>',
      'Icecat JSON (.json), CSV (.csv) or JSON Lines (.jsonl, .ndjson), or a .zip holding one of them',
    )
    .requiredOption('--store <slug>', 'store to import into')
    .addOption(
      new Option('--format <format>', 'file format (default: from the name or content)').choices(
        CATALOG_FORMATS,
      ),
    )
    .option('--mapping <json-file>', 'CSV / JSON Lines column mapping: {"ourField": "theirColumn"}')
    .option('--errors <csv-file>', 'write every row error to this CSV file')
    .option('--show-errors <n>', 'how many row errors to print', parseCount, 20)
    .action((file: string, options: ImportCommandOptions) =>
      withDatabase(context, async (db) => {
        const mapping = options.mapping ? await readMapping(options.mapping) : undefined;
        const errorCsv = options.errors ? await openErrorCsv(options.errors) : undefined;
        const bar = startProgressBar(context, 'Importing');
        let report;
        try {
          report = await importCatalog(db, {
            store: options.store,
            file,
            ...(options.format ? { format: options.format } : {}),
            ...(mapping === undefined ? {} : { mapping: mapping as Record<string, string> }),
            onProgress: bar.update,
            ...(errorCsv ? { onRowError: errorCsv.write } : {}),
          });
        } finally {
          bar.stop();
          await errorCsv?.close();
        }
        printImportReport(context, report, options.showErrors);
        if (report.inserted + report.updated > 0)
          await refreshStoreSummaries(db.prisma, await storeIdOf(db, options.store));
      }),
    );
}

async function storeIdOf(db: Database, slug: string): Promise<number> {
  return (await findStore(db, slug)).id;
}
