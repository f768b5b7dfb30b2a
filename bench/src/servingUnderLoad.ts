// The storefront while heavy work runs in the same process (issue 17): the web process's
// event-loop delay and storefront search latency when idle, during a full re-index of the demo
// catalog by the embedded worker (as `npm run demo` runs it), and during the preview (a dry-run
// import within the upload limits) of a ~50 MB upload; and how often re-index progress is written.
// Run: npm run serving -w @shopsearch/bench   (BENCH_PGLITE_DIR reuses an indexed demo database;
// BENCH_PHASE_SECONDS bounds the preview phase, default 60; BENCH_IDLE_SECONDS each idle one, 30;
// BENCH_PREVIEW_IN_THREAD=1 reads the preview in the web process's thread, as before issue 17).
// With DATABASE_URL and BENCH_WORKER=process the re-index runs in a `cli worker` process instead,
// as `npm run demo` runs it on PostgreSQL.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApiContext, createCaller } from '@shopsearch/api';
import { importCatalog } from '@shopsearch/catalog';
import { startReindex, UPLOAD_IMPORT_LIMITS, type Platform } from '@shopsearch/platform';
import { icecatPlatform, REPO_ROOT, STORE } from './icecatPlatform.ts';

const PHASE_SECONDS = Number(process.env.BENCH_PHASE_SECONDS ?? 60);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 30);
const PREVIEW_IN_THREAD = process.env.BENCH_PREVIEW_IN_THREAD === '1';
const UPLOAD_BYTES = 50 * 1024 * 1024;
const WORDS = ['laptop', 'mouse', 'usb', 'cable', 'monitor', 'printer', 'ssd', 'keyboard', 'hub'];
const MORE = ['wireless', 'black', '27', 'hdmi', '1tb', 'gaming', 'ink', 'portable', 'c'];

interface PhaseResult {
  phase: string;
  searches: number;
  p50: number;
  p95: number;
  loopP50: number;
  loopP99: number;
  loopMax: number;
  note: string;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Searches one after another (a new query each time) until `done` resolves; times each. */
async function measure(
  platform: Platform,
  phase: string,
  done: Promise<string>,
): Promise<PhaseResult> {
  const caller = createCaller(
    createApiContext({ services: platform.services, headers: new Headers(), setCookie: () => {} }),
  );
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const times: number[] = [];
  let finished = false;
  let note = '';
  void done.then((text) => {
    finished = true;
    note = text;
  });
  for (let i = 0; !finished; i++) {
    const q = `${WORDS[i % WORDS.length]} ${MORE[Math.floor(i / WORDS.length) % MORE.length]} ${i}`;
    const started = performance.now();
    await caller.search.query({ store: STORE, q });
    times.push(performance.now() - started);
    await sleep(20);
  }
  loop.disable();
  const sorted = times.sort((a, b) => a - b);
  const ms = (ns: number) => Math.round(ns / 1e6);
  return {
    phase,
    searches: sorted.length,
    p50: Math.round(percentile(sorted, 0.5)),
    p95: Math.round(percentile(sorted, 0.95)),
    loopP50: ms(loop.percentile(50)),
    loopP99: ms(loop.percentile(99)),
    loopMax: ms(loop.max),
    note,
  };
}

/** A full re-index by the embedded worker; resolves with the longest time progress stood still. */
async function reindex(platform: Platform, storeId: number): Promise<string> {
  const { prisma } = platform.db;
  const started = performance.now();
  const job = await startReindex(
    { prisma, models: platform.models },
    { storeId, kind: 'full', codec: 'tokenid' },
  );
  let last = { processed: -1, at: performance.now() };
  let longestStill = 0;
  let firstProgress: number | null = null;
  for (;;) {
    // What the admin's progress card reads, polled as it polls (through this process's loop).
    const row = await prisma.reindexJob.findUniqueOrThrow({ where: { id: job.id } });
    const now = performance.now();
    if (row.processed !== last.processed) {
      // The first read only starts the clock.
      if (last.processed >= 0) longestStill = Math.max(longestStill, now - last.at);
      if (row.processed > 0) firstProgress ??= now - started;
      last = { processed: row.processed, at: now };
    }
    if (row.state !== 'queued' && row.state !== 'running') {
      const finishing = now - last.at;
      longestStill = Math.max(longestStill, finishing);
      const seconds = ((now - started) / 1000).toFixed(1);
      const s = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
      return `${row.total} products, ${row.state} in ${seconds} s; progress stood still at most ${s(longestStill)} (first products counted after ${s(firstProgress)}, last count to done ${s(finishing)})`;
    }
    await sleep(250);
  }
}

/**
 * A dry-run import of a ~50 MB CSV with the upload limits, read in a worker thread as the upload
 * preview reads it (unless BENCH_PREVIEW_IN_THREAD), stopped after PHASE_SECONDS.
 */
async function preview(platform: Platform, path: string): Promise<string> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), PHASE_SECONDS * 1000);
  const started = performance.now();
  const report = await importCatalog(platform.db, {
    store: STORE,
    file: path,
    dryRun: true,
    limits: UPLOAD_IMPORT_LIMITS,
    signal: stop.signal,
    readInWorker: PREVIEW_IN_THREAD ? undefined : 'source',
  });
  clearTimeout(timer);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ending = report.fileError ? report.fileError.message : 'read to the end';
  const where = PREVIEW_IN_THREAD ? 'read in this thread' : 'read in a worker';
  return `${report.rowsRead} rows in ${seconds} s, ${where} (${ending})`;
}

async function writeUpload(dir: string): Promise<string> {
  const rows = ['id,title,brand,price,description'];
  let bytes = 0;
  for (let i = 0; bytes < UPLOAD_BYTES; i++) {
    const row = `U${i},Bench product ${i} ${WORDS[i % WORDS.length]},Brand ${i % 97},${(i % 900) + 0.99},${'A plain description of a product for the preview benchmark. '.repeat(2)}`;
    rows.push(row);
    bytes += row.length + 1;
  }
  const path = join(dir, 'upload.csv');
  await writeFile(path, rows.join('\n'));
  return path;
}

const workerProcess = process.env.BENCH_WORKER === 'process';
if (workerProcess && !process.env.DATABASE_URL)
  throw new Error('BENCH_WORKER=process needs DATABASE_URL (PGlite is one process at a time).');
const { platform, storeId, database } = await icecatPlatform({
  embeddedWorker: !workerProcess,
  retrievalCacheTtlMs: 0,
});
const worker = workerProcess
  ? spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'apps/cli/src/main.ts'), 'worker'],
      {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      },
    )
  : undefined;
await platform.models.get(platform.models.defaultModel);
const dir = await mkdtemp(join(tmpdir(), 'bench-serving-'));
const upload = await writeUpload(dir);
const results: PhaseResult[] = [];
const idleFor = (seconds: number) => sleep(seconds * 1000, `${seconds} s`);
results.push(await measure(platform, 'idle', idleFor(IDLE_SECONDS)));
results.push(await measure(platform, 'full re-index', reindex(platform, storeId)));
results.push(await measure(platform, 'idle again', idleFor(IDLE_SECONDS)));
results.push(await measure(platform, 'preview of a 50 MB upload', preview(platform, upload)));
await rm(dir, { recursive: true, force: true });
if (worker) {
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  await exited;
}
await platform.close();

console.log(
  `database: ${database}; re-index worker ${workerProcess ? 'in a process of its own' : 'in this process'}; load average ${(
    await import('node:os')
  )
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  '| phase | searches | search p50 | search p95 | loop delay p50 | p99 | max | what ran |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const r of results) {
  console.log(
    `| ${r.phase} | ${r.searches} | ${r.p50} ms | ${r.p95} ms | ${r.loopP50} ms | ${r.loopP99} ms | ${r.loopMax} ms | ${r.note} |`,
  );
}
