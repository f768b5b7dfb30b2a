import type { Command } from 'commander';
import { describeDatabase, print, withDatabase, type CliContext } from '../context.ts';

export function registerDbMigrate(db: Command, context: CliContext): void {
  db.command('migrate')
    .description('apply pending SQL migrations (every command also does this first)')
    .action(() =>
      withDatabase(context, async (_db, migrations) => {
        const target = describeDatabase(context.env);
        if (migrations.applied.length) {
          print(context.stdout, `Applied ${migrations.applied.join(', ')} to ${target}.`);
        } else {
          print(
            context.stdout,
            `${target} is up to date (all ${migrations.alreadyApplied.length} migrations were applied before).`,
          );
        }
      }),
    );
}
