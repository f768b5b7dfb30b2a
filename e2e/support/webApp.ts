// Builds the Next.js app when its build is missing or older than the code it is built from, and
// serves it with `next start` on a free port. Shared by every browser test suite (storefront,
// admin, analyst): each passes the environment its server needs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort } from './freePort.ts';
import { repoRoot, webAppDir } from './paths.ts';

const nextBin = createRequire(join(webAppDir, 'package.json')).resolve('next/dist/bin/next');
const SOURCE_DIRS = [
  'apps/web/src',
  'apps/web/next.config.ts',
  'apps/web/package.json',
  'packages',
];
const SKIP = new Set(['node_modules', '.next', 'test', 'bench', 'scratch', 'generated']);

async function newestChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(
    entries.filter((e) => !SKIP.has(e.name)).map((e) => newestChange(join(path, e.name))),
  );
  return Math.max(info.mtimeMs, ...times);
}

export async function isBuildCurrent(): Promise<boolean> {
  const buildId = join(webAppDir, '.next/BUILD_ID');
  if (!existsSync(buildId)) return false;
  const built = (await stat(buildId)).mtimeMs;
  const changed = await Promise.all(SOURCE_DIRS.map((d) => newestChange(join(repoRoot, d))));
  return Math.max(...changed) < built;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: webAppDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.join(' ')} failed:\n${output.slice(-4000)}`)),
    );
  });
}

/** `next build`, unless the existing build is newer than every source file. */
export async function buildWebApp(): Promise<'built' | 'current'> {
  if (process.env.E2E_SKIP_BUILD !== '1' && !(await isBuildCurrent())) {
    await run(process.execPath, [nextBin, 'build'], {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
    });
    return 'built';
  }
  return 'current';
}

export interface WebServer {
  url: string;
  /** What the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

/** `next start` with `env` on a free port; resolves once the server answers HTTP. */
export async function startWebServer(env: Record<string, string>): Promise<WebServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: webAppDir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const server: WebServer = { url, output: () => output, stop: () => stop(child) };
  try {
    await waitUntilServing(url, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n${output.slice(-4000)}`);
  }
  return server;
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    // A page, as a shop's first visitor asks: the server components then create the platform,
    // and every later API call and upload runs against theirs (see apps/web/src/server/platform.ts).
    const ok = await fetch(`${url}/`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer at ${url} within ${START_TIMEOUT_MS} ms`);
}

/** Ends the server (it runs as the process we spawned) and waits for it to release its files. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
