// Wires the commands into one commander program; each command lives in commands/.
import { Command } from 'commander';
import { registerDbMigrate } from './commands/dbMigrate.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEval } from './commands/eval.ts';
import { registerIndexBuild } from './commands/indexBuild.ts';
import { registerIndexStatus } from './commands/indexStatus.ts';
import { registerUserAdd } from './commands/userAdd.ts';
import { registerWorker } from './commands/worker.ts';
import { registerImport } from './commands/import.ts';
import { registerSeed } from './commands/seed.ts';
import { registerStoreAdd } from './commands/storeAdd.ts';
import { registerStoreList } from './commands/storeList.ts';
import type { CliContext } from './context.ts';

export function createProgram(context: CliContext): Command {
  const program = new Command('shopsearch')
    .description(
      'Product search platform: database, stores, catalog, indexes, users and evaluation',
    )
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });

  const db = program.command('db').description('database maintenance');
  registerDbMigrate(db, context);

  const store = program.command('store').description('manage stores');
  registerStoreAdd(store, context);
  registerStoreList(store, context);

  const index = program.command('index').description('build and inspect search indexes');
  registerIndexBuild(index, context);
  registerIndexStatus(index, context);

  const user = program.command('user').description('manage users');
  registerUserAdd(user, context);

  registerImport(program, context);
  registerSeed(program, context);
  registerWorker(program, context);
  registerEval(program, context);
  registerDemo(program, context);
  return program;
}
