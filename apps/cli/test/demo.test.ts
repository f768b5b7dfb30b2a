// `demo` as a real process on its own databases (whatever the suite's test database): the
// PostgreSQL server it starts by default, stopped again however the command ends, and PGlite when
// asked. The small Icecat sample stands in for the bundled catalog; --no-serve skips the web app.
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, smallIcecatDir } from './helpers/paths.ts';

const MAIN = join(REPO_ROOT, 'apps/cli/src/main.ts');

function demo(argv: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, 'demo', '--no-serve', ...argv],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether anything accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(!socket.destroy()));
    socket.once('error', () => resolve(false));
  });
}

let root: string;
let catalog: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cli-demo-'));
  // Run as root, the server runs as the `postgres` user, who must be able to reach its folder.
  await chmod(root, 0o755);
  catalog = await smallIcecatDir();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(catalog, { recursive: true, force: true });
});

// Independent processes on databases of their own: run side by side to keep the suite short.
describe.concurrent('demo', () => {
  it('starts PostgreSQL, stops it when a step fails (exit 1), and reuses its cluster next time', async () => {
    const port = await freePort();
    const env = { POSTGRES_DATA_DIR: join(root, 'postgres'), EMBEDDED_POSTGRES_PORT: String(port) };

    const failed = await demo(['--data-dir', join(root, 'no-such-catalog')], env);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain(
      `PostgreSQL initialised and listening: postgres://postgres:***@127.0.0.1:${port}/shopsearch`,
    );
    expect(failed.stdout).toMatch(/PostgreSQL stopped\.\n$/);
    expect(failed.stderr).toMatch(/^Error: /);
    expect(await listening(port)).toBe(false);

    const done = await demo(['--data-dir', catalog], env);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(
      `PostgreSQL listening: postgres://postgres:***@127.0.0.1:${port}/`,
    );
    expect(done.stdout).toMatch(/4 inserted/);
    expect(done.stdout).toContain('Indexing the demo catalog');
    expect(done.stdout).toMatch(/Created merchant account .* with password /);
    expect(done.stdout).toMatch(/PostgreSQL stopped\.\n$/);
    expect(await listening(port)).toBe(false);
  });

  it('runs on PGlite with EMBEDDED_DATABASE=pglite, starting no server', async () => {
    const pglite = join(root, 'pglite');
    const run = await demo(['--data-dir', catalog], {
      EMBEDDED_DATABASE: 'pglite',
      PGLITE_DATA_DIR: pglite,
      POSTGRES_DATA_DIR: join(root, 'unused'),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('PostgreSQL');
    expect(run.stdout).toMatch(/4 inserted/);
    expect(run.stdout).toContain('Indexing the demo catalog');
  });
});
