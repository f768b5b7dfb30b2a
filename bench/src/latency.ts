// Search latency under HTTP load: the tRPC router served by its standalone HTTP adapter on the
// Icecat catalog (embedded defaults unless DATABASE_URL is set), 8 closed-loop clients for 30 s
// per profile, queries drawn from the judged queries. The load client runs in its own process.
// First a cold pass per profile sends every query once, sequentially: its latencies are reported
// apart (nothing cached yet for that profile's requests). The load then alternates the profiles
// in 5-second slices, so the machine's other work, cache expiry refills and heap growth land on
// every profile alike and the profiles' ratios compare like with like. The first-stage cache
// outlives the run: with the product's 30-s TTL, each expiry refills every query's entry, and on
// the embedded database each refill blocks the event loop for 50–350 ms, landing on whichever
// profile runs then; the cold pass measures that uncached path instead.
// Run: npm run latency -w @shopsearch/bench  (LATENCY_SECONDS to shorten, LATENCY_PROFILES=a,b)
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { appRouter, createApiContext } from '@shopsearch/api';
import { percentile } from '@shopsearch/platform';
import { parseQrelsCsv } from '@shopsearch/eval';
import { icecatPlatform, JUDGMENTS_FILE, REPO_ROOT, STORE } from './icecatPlatform.ts';

const SECONDS = Number(process.env.LATENCY_SECONDS ?? 30);
const CONCURRENCY = 8;
const SLICE_SECONDS = Math.min(5, SECONDS);
const PROFILES = (process.env.LATENCY_PROFILES ?? 'lexical,colbert,hybrid').split(',');

const { platform, database } = await icecatPlatform({ retrievalCacheTtlMs: 60 * 60_000 });
const server = createHTTPServer({
  router: appRouter,
  createContext: ({ req, res }) =>
    createApiContext({
      services: platform.services,
      headers: new Headers(req.headers as Record<string, string>),
      setCookie: (cookie) => res.appendHeader('set-cookie', cookie),
    }),
});
server.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const queries = [...parseQrelsCsv(await readFile(JUDGMENTS_FILE, 'utf8')).qrels.keys()];

const run = promisify(execFile);
// Cold: each query once, one at a time, before the load (nothing cached yet for the profile).
async function coldPass(profile: string): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const input = { json: { store: STORE, q, ranking: { profile, rerankDepth: 200 } } };
    const start = performance.now();
    const response = await fetch(
      `${url}/search.query?input=${encodeURIComponent(JSON.stringify(input))}`,
    );
    await response.arrayBuffer();
    times.push(performance.now() - start);
  }
  return times;
}

interface Slice {
  latencies: number[];
  errors: string[];
  /** CPU time per answered request: this (server) process's, and the load client's. */
  serverCpuMs: number;
  clientCpuMs: number;
}

async function loadSlice(profile: string): Promise<Slice> {
  const args = ['tsx', 'bench/src/loadClient.ts', '--url', url, '--store', STORE];
  args.push('--profile', profile, '--concurrency', String(CONCURRENCY));
  args.push('--seconds', String(SLICE_SECONDS), '--queries', JSON.stringify(queries));
  const cpuBefore = process.cpuUsage();
  const { stdout } = await run('npx', args, { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 });
  const cpu = process.cpuUsage(cpuBefore);
  const answer = JSON.parse(stdout) as Omit<Slice, 'serverCpuMs'>;
  return {
    ...answer,
    // The server process also runs the 'npx' child's bookkeeping, a few ms per slice: negligible.
    serverCpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, answer.latencies.length),
  };
}

const cold = new Map<string, number[]>();
for (const profile of PROFILES) cold.set(profile, await coldPass(profile));
const loaded = new Map(
  PROFILES.map((p) => [
    p,
    {
      latencies: [] as number[],
      errors: [] as string[],
      serverCpu: [] as number[],
      clientCpu: [] as number[],
    },
  ]),
);
for (let slice = 0; slice < Math.round(SECONDS / SLICE_SECONDS); slice++) {
  for (const profile of PROFILES) {
    const slice = await loadSlice(profile);
    const totals = loaded.get(profile)!;
    totals.latencies.push(...slice.latencies);
    totals.errors.push(...slice.errors);
    totals.serverCpu.push(slice.serverCpuMs);
    totals.clientCpu.push(slice.clientCpuMs);
  }
}

const results = Object.fromEntries(
  PROFILES.map((profile) => {
    const { latencies, errors, serverCpu, clientCpu } = loaded.get(profile)!;
    if (errors.length) console.log(profile, 'first errors:', errors.slice(0, 3));
    return [
      profile,
      {
        coldP50: percentile(cold.get(profile)!, 0.5),
        coldP95: percentile(cold.get(profile)!, 0.95),
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        p99: percentile(latencies, 0.99),
        requests: latencies.length,
        errors: errors.length,
        serverCpuMs: percentile(serverCpu, 0.5),
        clientCpuMs: percentile(clientCpu, 0.5),
      },
    ];
  }),
);
console.log(
  `database ${database}; ${CONCURRENCY} clients × ${SECONDS} s per profile in ${SLICE_SECONDS}-s slices; K = 200`,
);
console.log(
  'profile | cold p50 ms | cold p95 ms | requests under load | errors | p50 ms | p95 ms | p99 ms | server CPU ms/request | client CPU ms/request',
);
for (const [profile, r] of Object.entries(results)) {
  const ms = [r.coldP50, r.coldP95].map((v) => v.toFixed(1));
  console.log(
    [
      profile,
      ...ms,
      r.requests,
      r.errors,
      r.p50.toFixed(1),
      r.p95.toFixed(1),
      r.p99.toFixed(1),
      r.serverCpuMs.toFixed(2),
      r.clientCpuMs.toFixed(2),
    ].join(' | '),
  );
}
const lexical = results.lexical ?? { p50: Number.NaN, serverCpuMs: Number.NaN };
for (const profile of PROFILES.filter((p) => p !== 'lexical')) {
  const r = results[profile]!;
  console.log(
    `${profile} p50 / lexical p50 = ${(r.p50 / lexical.p50).toFixed(2)}; server CPU per request / lexical's = ${(r.serverCpuMs / lexical.serverCpuMs).toFixed(2)}`,
  );
}
server.close();
await platform.close();
