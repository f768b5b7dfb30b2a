// Search latency under HTTP load: the tRPC router served by its standalone HTTP adapter on the
// Icecat catalog (embedded defaults unless DATABASE_URL is set), 8 closed-loop clients for 30 s
// per profile, queries drawn from the judged queries. The load client runs in its own process.
// Before each profile's load, a cold pass sends every query once, sequentially: its latencies are
// reported apart (first-stage cache empty for that profile's requests).
// Run: npm run latency -w @shopsearch/bench  (LATENCY_SECONDS to shorten, LATENCY_PROFILES=a,b)
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import { appRouter, createApiContext, percentile } from '@shopsearch/api';
import { parseQrelsCsv } from '@shopsearch/eval';
import { icecatPlatform, JUDGMENTS_FILE, REPO_ROOT, STORE } from './icecatPlatform.ts';

const SECONDS = Number(process.env.LATENCY_SECONDS ?? 30);
const CONCURRENCY = 8;
const PROFILES = (process.env.LATENCY_PROFILES ?? 'lexical,colbert,hybrid').split(',');

const { platform, database } = await icecatPlatform();
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

const results: Record<
  string,
  {
    coldP50: number;
    coldP95: number;
    p50: number;
    p95: number;
    p99: number;
    requests: number;
    errors: number;
  }
> = {};
for (const profile of PROFILES) {
  const cold = await coldPass(profile);
  const args = [
    'tsx',
    'bench/src/loadClient.ts',
    '--url',
    url,
    '--store',
    STORE,
    '--profile',
    profile,
  ];
  args.push(
    '--concurrency',
    String(CONCURRENCY),
    '--seconds',
    String(SECONDS),
    '--queries',
    JSON.stringify(queries),
  );
  const { stdout } = await run('npx', args, { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 });
  const { latencies, errors } = JSON.parse(stdout) as { latencies: number[]; errors: string[] };
  results[profile] = {
    coldP50: percentile(cold, 0.5),
    coldP95: percentile(cold, 0.95),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    requests: latencies.length,
    errors: errors.length,
  };
  if (errors.length) console.log(profile, 'first errors:', errors.slice(0, 3));
}
console.log(`database ${database}; ${CONCURRENCY} clients × ${SECONDS} s per profile; K = 200`);
console.log(
  'profile | cold p50 ms | cold p95 ms | requests under load | errors | p50 ms | p95 ms | p99 ms',
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
    ].join(' | '),
  );
}
const lexical = results.lexical?.p50 ?? Number.NaN;
for (const profile of PROFILES.filter((p) => p !== 'lexical')) {
  console.log(`${profile} p50 / lexical p50 = ${(results[profile]!.p50 / lexical).toFixed(2)}`);
}
server.close();
await platform.close();
