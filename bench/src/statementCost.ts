// Where PostgreSQL's time goes in a distinct search: the traffic bench's tail of distinct queries
// (traffic/queryStream.ts, seed 20, none asked twice) sent one at a time through the tRPC caller
// as the storefront's default request (facets, explanations, K = 200), or as suggestions with
// distinct prefixes. Every statement the driver sends is timed and charged with its backend's CPU
// (traffic/statementTimer.ts), then summed by kind: per statement the median and p95 time, per
// search the time and the backend CPU, and each kind's share of the database's. One client, so a
// statement's time is its own, not a queue's. The server must run on this machine (/proc).
// Run against a database holding the indexed demo store (icecatPlatform.ts imports it if not):
//   DATABASE_URL=postgres://… npx tsx bench/src/statementCost.ts
//   STATEMENT_QUERIES (default 300), STATEMENT_PROFILE (hybrid, lexical, colbert or suggest)
import { createApiContext, createCaller } from '@shopsearch/api';
import { percentile } from '@shopsearch/platform';
import { icecatPlatform, STORE } from './icecatPlatform.ts';
import { readIcecatRecords } from './icecatRecords.ts';
import { distinctPrefixes, tailQueries } from './traffic/queryStream.ts';
import { timeStatements, type TimedStatement } from './traffic/statementTimer.ts';

const QUERIES = Number(process.env.STATEMENT_QUERIES ?? 300);
const PROFILE = (process.env.STATEMENT_PROFILE ?? 'hybrid') as
  'lexical' | 'colbert' | 'hybrid' | 'suggest';
const WARM_UP = 30;
const SEED = 20;

/** A statement's kind, from its text: the first pattern that matches names it. */
const KINDS: [string, RegExp][] = [
  ['facets', /\bAS facet\b/],
  ['candidates', /\bAS matches\b|SELECT count\(\*\) AS n FROM product\b/],
  ['candidates by meaning', /FROM product_embedding e\b/],
  ['stored vectors', /FROM product_embedding\s+WHERE/],
  ['page products', /AS "imageUrl"/],
  ['active index version', /FROM index_version\b/],
  ['suggestions: brands', /\bbrand ILIKE\b/],
  ['suggestions: products', /SELECT id, title FROM\b/],
  ['search events', /INSERT INTO "?search_event"?/i],
];

function kindOf(sql: string): string {
  return KINDS.find(([, pattern]) => pattern.test(sql))?.[0] ?? 'other';
}

const { platform, database } = await icecatPlatform();
if (platform.db.kind !== 'postgres') throw new Error('statementCost needs DATABASE_URL');
const caller = createCaller(
  createApiContext({ services: platform.services, headers: new Headers(), setCookie: () => {} }),
);
const tail = tailQueries(await readIcecatRecords(), WARM_UP + QUERIES, SEED).map((t) => t.q);
const texts = PROFILE === 'suggest' ? distinctPrefixes(tail, WARM_UP + QUERIES) : tail;
const ask = (text: string) =>
  PROFILE === 'suggest'
    ? caller.search.suggest({ store: STORE, prefix: text })
    : caller.search.query({
        store: STORE,
        q: text,
        ranking: { profile: PROFILE, rerankDepth: 200 },
      });

for (const text of texts.slice(0, WARM_UP)) await ask(text);
const statements: TimedStatement[] = [];
const stop = timeStatements((s) => statements.push(s));
const started = performance.now();
for (const text of texts.slice(WARM_UP)) await ask(text);
const wallMs = performance.now() - started;
stop();
// The last searches' events are written after their answers: let the flush land elsewhere.
await platform.close();

const byKind = new Map<string, TimedStatement[]>();
for (const s of statements) byKind.set(kindOf(s.sql), [...(byKind.get(kindOf(s.sql)) ?? []), s]);
const sum = (list: readonly TimedStatement[], key: 'ms' | 'backendCpuMs') =>
  list.reduce((total, s) => total + s[key], 0);
const totalMs = sum(statements, 'ms');
const totalCpu = sum(statements, 'backendCpuMs');
const searches = texts.length - WARM_UP;
console.log(
  `${database}; ${searches} distinct ${PROFILE === 'suggest' ? 'prefixes' : `${PROFILE} searches`} one at a time (after ${WARM_UP} unrecorded); ` +
    `${(wallMs / searches).toFixed(1)} ms per search, of which statements ${(totalMs / searches).toFixed(1)} ms; ` +
    `backend CPU ${(totalCpu / searches).toFixed(1)} ms per search`,
);
console.log(
  '| statement kind | statements per search | median ms | p95 ms | ms per search | share of statement time | backend CPU ms per search | share of backend CPU |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [kind, list] of [...byKind].sort((a, b) => sum(b[1], 'ms') - sum(a[1], 'ms'))) {
  const ms = list.map((s) => s.ms);
  console.log(
    `| ${kind} | ${(list.length / searches).toFixed(2)} | ${percentile(ms, 0.5).toFixed(2)} | ${percentile(ms, 0.95).toFixed(2)} | ` +
      `${(sum(list, 'ms') / searches).toFixed(2)} | ${((sum(list, 'ms') / totalMs) * 100).toFixed(1)} % | ` +
      `${(sum(list, 'backendCpuMs') / searches).toFixed(2)} | ${((sum(list, 'backendCpuMs') / totalCpu) * 100).toFixed(1)} % |`,
  );
}
