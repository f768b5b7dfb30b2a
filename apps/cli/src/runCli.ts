// Runs one command line and turns every outcome into an exit code: 0 success, 1 failure,
// 2 usage error. Errors print as a sentence; the stack only with DEBUG=1.
import { CatalogError } from '@shopsearch/catalog';
import type { Database } from '@shopsearch/db';
import { IndexingError } from '@shopsearch/indexing';
import { PlatformError } from '@shopsearch/platform';
import { CommanderError } from 'commander';
import { CliError } from './cliError.ts';
import { openConfiguredDatabase, print, type CliContext, type CliOutput } from './context.ts';
import { parseEnv, type Env } from './env.ts';
import { createProgram } from './program.ts';

export interface CliRuntime {
  /** The process environment (or a test's stand-in). */
  env: Record<string, string | undefined>;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Replaces the database the environment describes (tests share one). */
  openDatabase?: (env: Env) => Promise<Database>;
}

const HELP_SHOWN = new Set(['commander.helpDisplayed', 'commander.version']);

export async function runCli(argv: string[], runtime: CliRuntime): Promise<number> {
  let debug = false;
  try {
    const env = parseEnv(runtime.env);
    debug = env.DEBUG;
    const open = runtime.openDatabase ?? openConfiguredDatabase;
    const context: CliContext = {
      env,
      stdout: runtime.stdout,
      stderr: runtime.stderr,
      openDatabase: () => open(env),
      exitCode: 0,
    };
    await createProgram(context).parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return HELP_SHOWN.has(error.code) ? 0 : 2;
    // These packages' errors are sentences written for the user; others get the debug hint.
    const known =
      error instanceof CatalogError ||
      error instanceof IndexingError ||
      error instanceof PlatformError ||
      error instanceof CliError;
    const message = error instanceof Error ? error.message : String(error);
    const hint = known || debug ? '' : ' (set DEBUG=1 for details)';
    print(runtime.stderr, `Error: ${message}${hint}`);
    if (debug && error instanceof Error && error.stack) print(runtime.stderr, error.stack);
    return 1;
  }
}
