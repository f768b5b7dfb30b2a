// A closed-loop HTTP client for the traffic benchmark, run as its own process: N concurrent
// clients walk one shared sequence of queries (a JSON array in a file) from --offset on, each
// query sent once, until the time is up. Prints one JSON line: every latency (ms), every error,
// how many queries it used and its own CPU time per request. node:http with keep-alive sockets:
// on 2 cores shared with the server, fetch's WHATWG request and stream objects cost the client
// 0.7–1.2 ms of CPU per request, as much as the server's own work, against 0.2–0.45 ms.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    /** Base of the tRPC endpoint: http://host:port for the standalone adapter, …/api/trpc for Next.js. */
    url: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '5' },
    store: { type: 'string', default: 'demo' },
    /** lexical | colbert | hybrid, or "suggest" for as-you-type suggestions. */
    profile: { type: 'string', default: 'hybrid' },
    depth: { type: 'string', default: '200' },
    queries: { type: 'string' },
    offset: { type: 'string', default: '0' },
  },
});
const queries: string[] = JSON.parse(await readFile(values.queries!, 'utf8'));
const concurrency = Number(values.concurrency);
const base = new URL(values.url!);
const basePath = base.pathname.replace(/\/$/, '');
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies: number[] = [];
const errors: string[] = [];
let next = Number(values.offset);

function requestPath(q: string): string {
  const input =
    values.profile === 'suggest'
      ? { json: { store: values.store, prefix: q } }
      : {
          json: {
            store: values.store,
            q,
            ranking: { profile: values.profile, rerankDepth: Number(values.depth) },
          },
        };
  const procedure = values.profile === 'suggest' ? 'search.suggest' : 'search.query';
  return `${basePath}/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** The answer's status once its whole body has arrived. */
function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: base.hostname, port: base.port, path, agent }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function client(deadline: number): Promise<void> {
  while (Date.now() < deadline && next < queries.length) {
    const q = queries[next++]!;
    const start = performance.now();
    try {
      const status = await get(requestPath(q));
      if (status === 200) latencies.push(performance.now() - start);
      else errors.push(`HTTP ${status} for ${JSON.stringify(q)}`);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
}

const cpuBefore = process.cpuUsage();
const deadline = Date.now() + Number(values.seconds) * 1000;
await Promise.all(Array.from({ length: concurrency }, () => client(deadline)));
const cpu = process.cpuUsage(cpuBefore);
agent.destroy();
const used = next - Number(values.offset);
const clientCpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
console.log(
  JSON.stringify({ latencies, errors, used, ranOut: next >= queries.length, clientCpuMs }),
);
