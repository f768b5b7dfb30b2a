// Import benchmark (a script, not a test): the 19.4k-product Icecat catalog into a fresh store on
// PGlite and on PostgreSQL, and a synthetic ~200 MB JSON Lines file to show memory stays bounded.
//
//   npx tsx packages/catalog/bench/import.bench.ts            # every scenario
//   npx tsx packages/catalog/bench/import.bench.ts postgres   # one scenario
//
// Each scenario runs in its own process so its peak RSS (getrusage maxRSS) is its own. PostgreSQL
// scenarios use a throwaway database on BENCH_POSTGRES_URL (default: the local server).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, openDatabase, type Database } from '@shopsearch/db';
import { openTestDatabase } from '@shopsearch/db/testing';
import { createStore, importCatalog, type ImportReport } from '../src/index.ts';
import { writeSyntheticJsonLines } from './syntheticJsonl.ts';

const ICECAT_DIR = fileURLToPath(new URL('../../../data/icecat/', import.meta.url));
const ICECAT_FILES = [1, 2, 3, 4].map((n) => join(ICECAT_DIR, `${n}.json.zip`));
const POSTGRES_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SYNTHETIC_BYTES = 200 * 1024 * 1024;
const MB = 1024 * 1024;

interface ScenarioResult {
  scenario: string;
  rows: number;
  inserted: number;
  invalid: number;
  importMs: number;
  /** CPU time of this process during the import (PGlite's work included, a server's not). */
  cpuMs: number;
  /** RSS once the database is open and migrated, before the import. */
  rssBeforeMb: number;
  /** Peak RSS of the whole process (getrusage), including opening the database. */
  maxRssMb: number;
  /** Highest RSS sampled every 50 ms during the import itself. */
  importPeakRssMb: number;
  /** RSS at each tenth of the input, to show whether memory grows with the file. */
  rssByDecileMb: number[];
}

// ───────────────────────────── child: one scenario ─────────────────────────────

async function openFor(scenario: string, dataDir: string | undefined): Promise<Database> {
  // The parent sets TEST_DATABASE_URL for these: openTestDatabase makes a throwaway database.
  if (scenario.startsWith('postgres')) return openTestDatabase();
  const db = await openDatabase({ dataDir });
  await applyMigrations(db);
  return db;
}

async function runScenario(scenario: string, dataDir: string | undefined, files: string[]) {
  const db = await openFor(scenario, dataDir);
  try {
    await createStore(db, { slug: 'bench', name: 'Benchmark' });
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const deciles: number[] = [];
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const reports: ImportReport[] = [];
    for (const file of files) {
      reports.push(
        await importCatalog(db, {
          store: 'bench',
          file,
          onProgress: ({ bytesRead, totalBytes }) => {
            const decile = Math.floor((10 * bytesRead) / totalBytes);
            if (files.length === 1 && decile > deciles.length) {
              deciles.push(Math.round(process.memoryUsage().rss / MB));
            }
          },
        }),
      );
    }
    const importMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    const sum = (key: 'rowsRead' | 'inserted' | 'invalid') =>
      reports.reduce((total, report) => total + report[key], 0);
    const result: ScenarioResult = {
      scenario,
      rows: sum('rowsRead'),
      inserted: sum('inserted'),
      invalid: sum('invalid'),
      importMs: Math.round(importMs),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      rssBeforeMb: Math.round(rssBefore / MB),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      importPeakRssMb: Math.round(peak / MB),
      rssByDecileMb: deciles,
    };
    console.log(JSON.stringify(result));
  } finally {
    await db.close();
  }
}

// ───────────────────────────── parent: orchestration ─────────────────────────────

function child(args: string[]): Promise<ScenarioResult> {
  const env = { ...process.env, TEST_DATABASE_URL: POSTGRES_URL };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), ...args],
      { maxBuffer: 16 * MB, env },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${args[0]} failed: ${stderr || error.message}`));
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ScenarioResult);
      },
    );
  });
}

async function withTempDir<T>(prefix: string, use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SCENARIOS: Record<string, () => Promise<ScenarioResult[]>> = {
  /** Creating the PGlite cluster (initdb) and importing, in one process. */
  'pglite-fresh': () =>
    withTempDir('bench-pglite-', async (dir) => [
      await child(['pglite-fresh', dir, ...ICECAT_FILES]),
    ]),
  /** The same import into a PGlite directory created beforehand by another process. */
  'pglite-existing': () =>
    withTempDir('bench-pglite-', async (dir) => {
      await child(['pglite-init', dir]);
      return [await child(['pglite-existing', dir, ...ICECAT_FILES])];
    }),
  postgres: async () => [await child(['postgres', '-', ...ICECAT_FILES])],
  'jsonl-200mb': () =>
    withTempDir('bench-jsonl-', async (dir) => {
      const file = join(dir, 'synthetic.jsonl');
      const written = await writeSyntheticJsonLines(ICECAT_FILES, file, SYNTHETIC_BYTES);
      console.error(`synthetic file: ${(written.bytes / MB).toFixed(0)} MB, ${written.rows} rows`);
      const results = [await child(['postgres-jsonl-200mb', '-', file])];
      const pglite = join(dir, 'pglite');
      await child(['pglite-init', pglite]);
      results.push(await child(['pglite-jsonl-200mb', pglite, file]));
      return results;
    }),
};

function printTable(results: ScenarioResult[]): void {
  console.log(
    '| scenario | rows | import wall time | rows/s | CPU time (this process) | RSS before import | peak RSS during import | process peak RSS (maxRSS) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.scenario} | ${r.rows.toLocaleString('en-US')} | ${(r.importMs / 1000).toFixed(1)} s | ${Math.round(r.rows / (r.importMs / 1000)).toLocaleString('en-US')} | ${(r.cpuMs / 1000).toFixed(1)} s | ${r.rssBeforeMb} MB | ${r.importPeakRssMb} MB | ${r.maxRssMb} MB |`,
    );
  }
  for (const r of results.filter((r) => r.rssByDecileMb.length)) {
    console.log(
      `\n${r.scenario}: RSS (MB) after each tenth of the file: ${r.rssByDecileMb.join(', ')}`,
    );
  }
}

async function main(): Promise<void> {
  const [scenario, dataDir, ...files] = process.argv.slice(2);
  if (scenario === 'pglite-init') {
    const db = await openFor(scenario, dataDir);
    await db.close();
    console.log('{}');
    return;
  }
  if (scenario && dataDir) {
    await runScenario(scenario, dataDir === '-' ? undefined : dataDir, files);
    return;
  }
  const names = scenario ? [scenario] : Object.keys(SCENARIOS);
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  const results: ScenarioResult[] = [];
  for (const name of names) {
    const run = SCENARIOS[name];
    if (!run)
      throw new Error(`unknown scenario ${name}; known: ${Object.keys(SCENARIOS).join(', ')}`);
    console.error(`running ${name}…`);
    results.push(...(await run()));
  }
  printTable(results);
}

await main();
