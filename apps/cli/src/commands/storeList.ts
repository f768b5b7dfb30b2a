import { listStores } from '@shopsearch/catalog';
import type { Command } from 'commander';
import { print, withDatabase, type CliContext } from '../context.ts';

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
}

export function registerStoreList(store: Command, context: CliContext): void {
  store
    .command('list')
    .description('list stores with their product counts')
    .action(() =>
      withDatabase(context, async (db) => {
        const stores = await listStores(db);
        if (stores.length === 0) {
          print(context.stdout, 'No stores yet. Create one with: store add <slug> --name <name>');
          return;
        }
        const rows = stores.map((s) => [
          s.slug,
          s.name,
          s.currency,
          s.productCount.toLocaleString('en-US'),
          s.createdAt.toISOString().slice(0, 10),
        ]);
        for (const line of table([['SLUG', 'NAME', 'CURRENCY', 'PRODUCTS', 'CREATED'], ...rows])) {
          print(context.stdout, line);
        }
      }),
    );
}
