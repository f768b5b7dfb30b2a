// The real entry point as a subprocess: environment → database, exit codes, error output.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFixture, REPO_ROOT, smallIcecatDir } from './helpers/paths.ts';
import { processDatabase } from './helpers/processDatabase.ts';

const MAIN = join(REPO_ROOT, 'apps/cli/src/main.ts');

function run(argv: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...argv],
      // Only what the CLI is given here: no DATABASE_URL or DEBUG leaking in from the test run.
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let database: Awaited<ReturnType<typeof processDatabase>>;
beforeAll(async () => {
  database = await processDatabase();
});
afterAll(async () => {
  await database?.drop();
});

// Independent processes: run side by side to keep the suite short.
describe.concurrent('the shopsearch command', () => {
  it('seeds a fresh database idempotently, then fails an import with a message, no stack', async () => {
    const dataDir = await smallIcecatDir();
    const first = await run(['seed', '--data-dir', dataDir], database.env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/4 inserted, 0 updated, 0 unchanged, 0 invalid/);
    const second = await run(['seed', '--data-dir', dataDir], database.env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^Using store "demo".*\n.*0 inserted, 0 updated, 4 unchanged/);

    const bad = await run(
      ['import', catalogFixture('latin1.csv'), '--store', 'demo'],
      database.env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Reading stopped early: latin1.csv is not valid UTF-8/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage error', async () => {
    const usage = await run(['import'], database.env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^error: missing required argument 'file'|required option/);
  });

  it('shows a stack trace for an unexpected error only with DEBUG=1', async () => {
    const unreachable = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' };
    const quiet = await run(['store', 'list'], unreachable);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toMatch(/^Error: .*\(set DEBUG=1 for details\)\n$/);
    const loud = await run(['store', 'list'], { ...unreachable, DEBUG: '1' });
    expect(loud.code).toBe(1);
    expect(loud.stderr).toMatch(/\n\s+at /);
  });
});
