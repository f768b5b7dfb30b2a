// A closed-loop HTTP load client: N concurrent clients, each sending the next request as soon as
// the previous answered, for a fixed time. Prints one JSON line with every latency (ms) and error.
// Run as its own process so it does not share the server's event loop.
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
const deadline = Date.now() + Number(values.seconds) * 1000;
const latencies: number[] = [];
const errors: string[] = [];
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

function requestUrl(q: string): string {
  const input = {
    json: {
      store: values.store,
      q,
      ranking: { profile: values.profile, rerankDepth: Number(values.depth) },
    },
  };
  return `${values.url}/search.query?input=${encodeURIComponent(JSON.stringify(input))}`;
}

async function client(): Promise<void> {
  while (Date.now() < deadline) {
    const q = queries[Math.floor(random() * queries.length)]!;
    const start = performance.now();
    try {
      const response = await fetch(requestUrl(q));
      await response.arrayBuffer();
      if (response.ok) latencies.push(performance.now() - start);
      else errors.push(`HTTP ${response.status}`);
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
}

await Promise.all(Array.from({ length: Number(values.concurrency) }, client));
console.log(JSON.stringify({ latencies, errors }));
