// A closed-loop HTTP load client: N concurrent clients, each sending the next request as soon as
// the previous answered, for a fixed time. Prints one JSON line with every latency (ms), every
// error and the client's own CPU time per request. Run as its own process so it does not share
// the server's event loop. It uses node:http with keep-alive sockets rather than fetch: on the
// 2 cores it shares with the server, fetch's WHATWG request and stream objects cost the client
// 0.7–1.2 ms of CPU per request, as much as the server's own work, and that CPU went missing from
// the server being measured; node:http costs 0.2–0.45 ms.
import http from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '30' },
    store: { type: 'string', default: 'demo' },
    profile: { type: 'string', default: 'hybrid' },
    depth: { type: 'string', default: '200' },
    queries: { type: 'string' },
  },
});
const queries: string[] = JSON.parse(values.queries!);
const concurrency = Number(values.concurrency);
const server = new URL(values.url!);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const latencies: number[] = [];
const errors: string[] = [];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function requestPath(q: string): string {
  const input = {
    json: {
      store: values.store,
      q,
      ranking: { profile: values.profile, rerankDepth: Number(values.depth) },
    },
  };
  return `/search.query?input=${encodeURIComponent(JSON.stringify(input))}`;
}

/** The answer's status once its whole body has arrived. */
function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: server.hostname, port: server.port, path, agent },
      (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
}

async function client(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const q = queries[Math.floor(random() * queries.length)]!;
    const start = performance.now();
    try {
      const status = await get(requestPath(q));
      if (status === 200) latencies.push(performance.now() - start);
      else errors.push(`HTTP ${status}`);
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
const clientCpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
console.log(JSON.stringify({ latencies, errors, clientCpuMs }));
