// Runs the CLI in-process against a shared test database and captures what it prints.
import type { Database } from '@shopsearch/db';
import { runCli } from '../../src/runCli.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink() {
  const chunks: string[] = [];
  return { write: (text: string) => chunks.push(text), text: () => chunks.join('') };
}

export async function runWith(
  db: Database,
  argv: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  const stdout = sink();
  const stderr = sink();
  // The command closes what it opens; the shared database stays open for the next test.
  const borrowed: Database = { ...db, close: async () => {} };
  const code = await runCli(argv, {
    env,
    stdout,
    stderr,
    openDatabase: async () => borrowed,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
