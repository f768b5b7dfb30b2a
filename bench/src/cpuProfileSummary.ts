// Where a process's CPU went, from a V8 CPU profile (`node --cpu-prof`): the functions with the
// most self time, and the time per part of the stack (Prisma's runtime, the pg driver, ONNX
// Runtime, the colbert kernels, tRPC, …; a node-internal or anonymous frame counts towards the
// nearest caller that names a part), optionally per request. Samples before `--from` seconds
// (the run's start-up and warm-up) are left out.
// Run: npx tsx bench/src/cpuProfileSummary.ts <file.cpuprofile> [--from 16] [--requests 610] [--top 25]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const PARTS: [RegExp, string][] = [
  [
    /@prisma\/adapter-pg|\/pg\/|pg-protocol|pg-pool|postgres-array|pg-types/,
    'pg driver + Prisma adapter',
  ],
  [/@prisma\/client/, 'Prisma runtime'],
  [/onnxruntime/, 'ONNX Runtime (query encoding)'],
  [/@huggingface\/tokenizers|packages\/colbert\/src\/tokenization/, 'tokenization'],
  [/packages\/colbert\//, 'colbert (packing, MaxSim)'],
  [/superjson|packages\/api\/src\/transformer/, 'transformer'],
  [/zod/, 'zod'],
  [/@trpc/, 'tRPC + HTTP adapter'],
  [/lru-cache/, 'lru-cache'],
  [/packages\/search\/src\/retrievers/, 'search: first stage (SQL, facets)'],
  [/packages\/search\//, 'search: pipeline'],
  [/packages\/(api|platform)\//, 'api + platform'],
  [/bench\//, 'bench'],
];
const NAMED = new Set(['(garbage collector)', '(program)']);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string', default: '0' },
    requests: { type: 'string', default: '0' },
    top: { type: 'string', default: '25' },
  },
});
const profile = JSON.parse(await readFile(positionals[0]!, 'utf8')) as Profile;
const from = Number(values.from) * 1e6;
const requests = Number(values.requests);

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const where = (url: string) =>
  url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(packages|bench|apps)\//, '$1/');
const label = ({ callFrame: f }: ProfileNode) =>
  `${f.functionName || '(anonymous)'}${f.url ? ` ${where(f.url)}:${f.lineNumber + 1}` : ''}`;

function partOf(id: number): string {
  const leaf = nodes.get(id)!;
  if (NAMED.has(leaf.callFrame.functionName)) return leaf.callFrame.functionName;
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = nodes.get(at)!.callFrame.url;
    const part = PARTS.find(([pattern]) => pattern.test(url));
    if (part) return part[1];
  }
  return /http|undici|webstreams|net|stream/.test(leaf.callFrame.url)
    ? 'node: HTTP and sockets'
    : 'node: other';
}

const self = new Map<string, number>();
const parts = new Map<string, number>();
let total = 0;
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  at += profile.timeDeltas[i]!;
  const node = nodes.get(profile.samples[i]!)!;
  if (at - profile.startTime < from || node.callFrame.functionName === '(idle)') continue;
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  total += ms;
  self.set(label(node), (self.get(label(node)) ?? 0) + ms);
  const part = partOf(node.id);
  parts.set(part, (parts.get(part) ?? 0) + ms);
}

const row = (name: string, ms: number) =>
  `| ${name} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)} % |${requests ? ` ${(ms / requests).toFixed(2)} |` : ''}`;
const header = (what: string) =>
  `| ${what} | ms | share |${requests ? ' ms per request |' : ''}\n|---|---:|---:|${requests ? '---:|' : ''}`;
const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
console.log(
  `${total.toFixed(0)} ms on the main thread${requests ? ` over ${requests} requests` : ''}\n`,
);
console.log(header('part'));
for (const [name, ms] of sorted(parts)) console.log(row(name, ms));
console.log(`\n${header('function (self time)')}`);
for (const [name, ms] of sorted(self).slice(0, Number(values.top)))
  console.log(row(`\`${name}\``, ms));
