import { createStore } from '@shopsearch/catalog';
import type { Command } from 'commander';
import { print, withDatabase, type CliContext } from '../context.ts';

export function registerStoreAdd(store: Command, context: CliContext): void {
  store
    .command('add')
    .description('create a store')
    .argument('<slug>', 'short unique name used in URLs and commands, e.g. demo')
    .requiredOption('--name <name>', 'display name')
    .option('--currency <code>', 'ISO 4217 currency of its prices', 'USD')
    .action((slug: string, options: { name: string; currency: string }) =>
      withDatabase(context, async (db) => {
        const created = await createStore(db, { slug, ...options });
        print(
          context.stdout,
          `Created store "${created.slug}" (${created.name}, ${created.currency}).`,
        );
      }),
    );
}
