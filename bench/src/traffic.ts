// Search at shop traffic: most searches are asked once. A seeded stream of distinct queries made
// from the catalog's text (queryStream.ts), with a popular head (the judged queries, Zipf-weighted)
// whose share is configurable, sent by 1 and by 8 closed-loop clients to the tRPC endpoint, for
// each ranking profile, and as-you-type suggestions with distinct prefixes. Reports p50/p95/p99,
// req/s, errors, the server's CPU per request, the database's when its server runs on this
// machine (databaseCpu.ts) and, when the server runs in this process, the event loop's delay.
//
// Without TRAFFIC_URL the tRPC router is served here by tRPC's standalone adapter on the embedded
// defaults (PGlite in BENCH_PGLITE_DIR, or PostgreSQL with DATABASE_URL), the Icecat catalog
// imported and indexed (icecatPlatform.ts). With TRAFFIC_URL (e.g. http://127.0.0.1:3000/api/trpc,
// the Next.js production server of `npm run demo`) the load goes there; TRAFFIC_SERVER_PID names
// that server's process for its CPU time (event-loop delay is then not measured).
// The profiles (and suggestions) take turns in 5-s slices, so the machine's other work, cache
// expiry and heap growth land on every profile alike. The stream's cursor only moves forward, so
// no tail query is asked twice in a whole run.
// Run: npm run traffic -w @shopsearch/bench
//   TRAFFIC_SECONDS (per cell, default 20), TRAFFIC_HEAD_SHARES (default 0,0.3),
//   TRAFFIC_CLIENTS (default 1,8), TRAFFIC_PROFILES (default lexical,colbert,hybrid,suggest),
//   TRAFFIC_SEED (default 20).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHistogram, performance, type RecordableHistogram } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { parseQrelsCsv } from '@shopsearch/eval';
import { percentile } from '@shopsearch/platform';
import { JUDGMENTS_FILE, REPO_ROOT, STORE } from './icecatPaths.ts';
import { readIcecatRecords } from './icecatRecords.ts';
import {
  backendCpuSpentMs,
  isLocalDatabase,
  readBackendCpu,
  type BackendCpu,
} from './traffic/databaseCpu.ts';
import { processCpuMs } from './traffic/processCpu.ts';
import { distinctPrefixes, queryStream, tailQueries } from './traffic/queryStream.ts';

const env = process.env;
const SECONDS = Number(env.TRAFFIC_SECONDS ?? 20);
const SLICE_SECONDS = Math.min(5, SECONDS);
const HEAD_SHARES = (env.TRAFFIC_HEAD_SHARES ?? '0,0.3').split(',').map(Number);
const CLIENTS = (env.TRAFFIC_CLIENTS ?? '1,8').split(',').map(Number);
const PROFILES = (env.TRAFFIC_PROFILES ?? 'lexical,colbert,hybrid,suggest').split(',');
const SEED = Number(env.TRAFFIC_SEED ?? 20);
const TAIL_SIZE = Number(env.TRAFFIC_TAIL ?? 150_000);
const LOOP_RESOLUTION_MS = 10;

interface Target {
  url: string;
  database: string;
  /** CPU time of the server process so far, in ms. */
  serverCpuMs(): number;
  /** Whether the server runs in this process, so its event loop's delay can be sampled. */
  inProcess: boolean;
  /**
   * CPU time so far of the database's backends, when PostgreSQL runs on this machine; null when
   * it cannot be read apart (PGlite runs inside the server, whose CPU then includes it).
   */
  databaseCpu: (() => Promise<BackendCpu>) | null;
  close(): Promise<void>;
}

async function inProcessTarget(): Promise<Target> {
  const { createHTTPServer } = await import('@trpc/server/adapters/standalone');
  const { appRouter, createApiContext } = await import('@shopsearch/api');
  const { icecatPlatform } = await import('./icecatPlatform.ts');
  const { platform, database } = await icecatPlatform();
  let logged = 0;
  const server = createHTTPServer({
    router: appRouter,
    // The first few server errors, so a run's 500s say why.
    onError: ({ error, path }) => {
      if (logged++ < 3) console.error(`server error on ${path}:`, error.cause ?? error);
    },
    createContext: ({ req, res }) =>
      createApiContext({
        services: platform.services,
        headers: new Headers(req.headers as Record<string, string>),
        setCookie: (cookie) => res.appendHeader('set-cookie', cookie),
      }),
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    database: `${database}, tRPC standalone adapter in the bench process`,
    serverCpuMs: () => {
      const cpu = process.cpuUsage();
      return (cpu.user + cpu.system) / 1000;
    },
    inProcess: true,
    databaseCpu:
      platform.db.kind === 'postgres' && isLocalDatabase(env.DATABASE_URL!)
        ? () => readBackendCpu(platform.db.reader)
        : null,
    close: async () => {
      server.close();
      await platform.close();
    },
  };
}

function externalTarget(url: string, pid: number | undefined): Target {
  return {
    url,
    database: `the server at ${url}`,
    serverCpuMs: () => (pid ? (processCpuMs(pid) ?? Number.NaN) : Number.NaN),
    inProcess: false,
    databaseCpu: null,
    close: async () => {},
  };
}

const target = env.TRAFFIC_URL
  ? externalTarget(
      env.TRAFFIC_URL,
      env.TRAFFIC_SERVER_PID ? Number(env.TRAFFIC_SERVER_PID) : undefined,
    )
  : await inProcessTarget();

const head = [...parseQrelsCsv(await readFile(JUDGMENTS_FILE, 'utf8')).qrels.keys()];
const records = await readIcecatRecords();
const tail = tailQueries(records, TAIL_SIZE, SEED, head);
const kinds = new Map<string, number>();
for (const { kind } of tail) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
const dir = await mkdtemp(join(tmpdir(), 'bench-traffic-'));
async function streamFile(name: string, queries: string[]): Promise<string> {
  const file = join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(queries));
  return file;
}
const tailTexts = tail.map((t) => t.q);
const streams = new Map<number, string>();
for (const share of HEAD_SHARES)
  streams.set(
    share,
    await streamFile(`share-${share}`, queryStream(head, tailTexts, share, tail.length, SEED)),
  );
const prefixes = await streamFile('prefixes', distinctPrefixes(tailTexts, TAIL_SIZE));
const offsets = new Map<string, number>();

const run = promisify(execFile);
interface SliceAnswer {
  latencies: number[];
  errors: string[];
  used: number;
  ranOut: boolean;
  clientCpuMs: number;
}

async function slice(
  file: string,
  profile: string,
  clients: number,
): Promise<SliceAnswer & { serverCpuMs: number; databaseCpuMs: number }> {
  const offset = offsets.get(file) ?? 0;
  const args = ['tsx', 'bench/src/traffic/trafficClient.ts', '--url', target.url, '--store', STORE];
  args.push(
    '--profile',
    profile,
    '--concurrency',
    String(clients),
    '--seconds',
    String(SLICE_SECONDS),
  );
  args.push('--queries', file, '--offset', String(offset));
  const databaseBefore = await target.databaseCpu?.();
  const cpuBefore = target.serverCpuMs();
  const { stdout } = await run('npx', args, { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 });
  const cpu = target.serverCpuMs() - cpuBefore;
  const databaseAfter = await target.databaseCpu?.();
  const databaseCpu =
    databaseBefore && databaseAfter ? backendCpuSpentMs(databaseBefore, databaseAfter) : Number.NaN;
  const answer = JSON.parse(stdout) as SliceAnswer;
  offsets.set(file, offset + answer.used);
  if (answer.ranOut) throw new Error(`the query stream ${file} ran out; raise TRAFFIC_TAIL`);
  const requests = Math.max(1, answer.latencies.length);
  return { ...answer, serverCpuMs: cpu / requests, databaseCpuMs: databaseCpu / requests };
}

interface Cell {
  latencies: number[];
  errors: string[];
  serverCpu: number[];
  databaseCpu: number[];
  clientCpu: number[];
  seconds: number;
  /** Sampled only while this cell's slices run: one histogram over all of them. */
  loop: RecordableHistogram;
}

/**
 * Records, every LOOP_RESOLUTION_MS until stopped, how long the loop took to come back to a timer.
 * Node's monitorEventLoopDelay cannot serve a cell that samples in slices: re-enabled, its first
 * interval spans the pause since it was disabled (a 3-s pause read as a 3-s delay).
 */
function sampleLoopDelay(into: RecordableHistogram): () => void {
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    into.record(Math.max(1, Math.round((now - last) * 1e6)));
    last = now;
  }, LOOP_RESOLUTION_MS);
  return () => clearInterval(timer);
}

/**
 * The sampled timer fires every LOOP_RESOLUTION_MS and records the whole interval: the delay is
 * the excess. Percentiles count samples, not time: one 3-s block is one sample among hundreds of
 * 10-ms ones, so a p99 can look small while requests wait seconds; the max shows the longest.
 */
function loopDelayMs(histogram: RecordableHistogram, p: number): number {
  return Math.max(0, histogram.percentile(p * 100) / 1e6 - LOOP_RESOLUTION_MS);
}

const rows: string[] = [];
async function measure(share: number | null, clients: number, profiles: string[]): Promise<void> {
  const cells = new Map<string, Cell>(
    profiles.map((p) => [
      p,
      {
        latencies: [],
        errors: [],
        serverCpu: [],
        databaseCpu: [],
        clientCpu: [],
        seconds: 0,
        loop: createHistogram(),
      },
    ]),
  );
  for (let n = 0; n < Math.round(SECONDS / SLICE_SECONDS); n++) {
    for (const profile of profiles) {
      const file = profile === 'suggest' ? prefixes : streams.get(share!)!;
      const cell = cells.get(profile)!;
      const stopSampling = target.inProcess ? sampleLoopDelay(cell.loop) : () => {};
      const answer = await slice(file, profile, clients);
      stopSampling();
      cell.latencies.push(...answer.latencies);
      cell.errors.push(...answer.errors);
      cell.serverCpu.push(answer.serverCpuMs);
      cell.databaseCpu.push(answer.databaseCpuMs);
      cell.clientCpu.push(answer.clientCpuMs);
      cell.seconds += SLICE_SECONDS;
    }
  }
  for (const [profile, c] of cells) {
    if (c.errors.length) console.log(profile, clients, 'first errors:', c.errors.slice(0, 3));
    const loop = target.inProcess
      ? [0.5, 0.99, 1].map((p) => loopDelayMs(c.loop, p).toFixed(1)).join(' / ')
      : 'n/a';
    const row = [
      profile === 'suggest' ? 'suggest (distinct prefixes)' : profile,
      profile === 'suggest' ? '–' : `${Math.round(share! * 100)} %`,
      clients,
      c.latencies.length,
      (c.latencies.length / c.seconds).toFixed(1),
      c.errors.length,
      ...[0.5, 0.95, 0.99].map((p) => percentile(c.latencies, p).toFixed(1)),
      percentile(c.serverCpu, 0.5).toFixed(2),
      target.databaseCpu ? percentile(c.databaseCpu, 0.5).toFixed(2) : 'n/a',
      percentile(c.clientCpu, 0.5).toFixed(2),
      loop,
    ].join(' | ');
    rows.push(`| ${row} |`);
    console.error(row);
  }
}

// Warm-up, not recorded: the model, the JIT and the head's first-stage entries.
await slice(await streamFile('warm-up', Array<string[]>(50).fill(head).flat()), 'hybrid', 4);
const searchProfiles = PROFILES.filter((p) => p !== 'suggest');
for (const share of HEAD_SHARES)
  for (const clients of CLIENTS) await measure(share, clients, searchProfiles);
if (PROFILES.includes('suggest'))
  for (const clients of CLIENTS) await measure(null, clients, ['suggest']);

console.log(
  `target: ${target.database}; seed ${SEED}; ${SECONDS} s per cell in ${SLICE_SECONDS}-s slices; K = 200`,
);
console.log(
  `tail: ${tail.length} distinct queries (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}); head: ${head.length} judged queries`,
);
console.log(
  '| profile | head share | clients | requests | req/s | errors | p50 ms | p95 ms | p99 ms | server CPU ms/req | database CPU ms/req | client CPU ms/req | event-loop delay p50 / p99 / max ms |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const row of rows) console.log(row);
await rm(dir, { recursive: true, force: true });
await target.close();
