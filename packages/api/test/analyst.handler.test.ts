import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexedTestPlatform, type TestPlatform } from './fixtures.ts';
import { addUser, errorCode, signedIn } from './people.ts';

let t: TestPlatform;
let analyst: Awaited<ReturnType<typeof signedIn>>['caller'];
const store = 'shop';
const lexical = { profile: 'lexical' as const };
const colbert = { profile: 'colbert' as const };

beforeAll(async () => {
  t = await indexedTestPlatform(store);
  await addUser(t.db.prisma, 'analyst@shop.test', [{ storeId: t.storeId, role: 'analyst' }]);
  analyst = (await signedIn(t.platform.services, 'analyst@shop.test')).caller;
});
afterAll(async () => t?.close());

const QRELS = [
  'query,docid,rating',
  'wireless mouse,m1,3',
  'wireless mouse,m3,2',
  'wireless mouse,h1,0',
  'printer,p1,3',
  'printer,p2,2',
  'printer,ghost,3',
  'printer,p1,1',
  'printer,p2,high',
  'printer,b1,7',
  'batteries,b1,0',
].join('\n');

describe('judgment sets', () => {
  it('imports a qrels CSV, reporting every skipped row with its reason', async () => {
    const result = await analyst.judgments.importCsv({ store, name: 'team', csv: QRELS });
    expect(result).toMatchObject({ queries: 3, judgments: 6 });
    expect(result.report.skipped.map((s) => s.reason).sort()).toEqual([
      'duplicate',
      'grade-out-of-range',
      'non-numeric-grade',
      'unknown-doc-id',
    ]);
    expect(result.report.queriesWithoutRelevant).toEqual(['batteries']);
  });

  it('refuses an empty file or one with no usable row, saving nothing', async () => {
    await expect(analyst.judgments.importCsv({ store, name: 'empty', csv: '' })).rejects.toThrow(
      /holds no judgments/,
    );
    await expect(
      analyst.judgments.importCsv({ store, name: 'ghosts', csv: 'q,ghost,3\nq,ghost2,1' }),
    ).rejects.toThrow(/No row could be used \(unknown-doc-id\)/);
    expect((await analyst.judgments.listSets({ store })).map((s) => s.name)).toEqual(['team']);
  });

  it('rates a hit, shows the grade, and exports the set', async () => {
    const [set] = await analyst.judgments.listSets({ store });
    await analyst.judgments.rate({
      store,
      setId: set!.id,
      query: 'wireless mouse',
      productId: 'm2',
      grade: 1,
    });
    expect(
      await analyst.judgments.grades({ store, setId: set!.id, query: 'wireless mouse' }),
    ).toEqual({
      m1: 3,
      m3: 2,
      h1: 0,
      m2: 1,
    });
    expect(
      await errorCode(
        analyst.judgments.rate({ store, setId: set!.id, query: 'x', productId: 'ghost', grade: 2 }),
      ),
    ).toBe('NOT_FOUND');
    const { csv } = await analyst.judgments.export({ store, setId: set!.id });
    expect(csv.split('\n')).toContain('wireless mouse,m2,1');
    await analyst.judgments.rate({
      store,
      setId: set!.id,
      query: 'wireless mouse',
      productId: 'm2',
      grade: null,
    });
    expect(
      (await analyst.judgments.grades({ store, setId: set!.id, query: 'wireless mouse' })).m2,
    ).toBeUndefined();
  });
});

describe('compare', () => {
  it('puts two profiles side by side with movement, grades and agreement measures', async () => {
    const [set] = await analyst.judgments.listSets({ store });
    const result = await analyst.compare.rankings({
      store,
      q: 'wireless mouse',
      configurations: [lexical, colbert],
      judgmentSetId: set!.id,
    });
    expect(result.rankings.map((r) => r.label)).toEqual(['lexical', 'colbert K=200']);
    const [a, b] = result.rankings;
    expect(a!.hits.find((h) => h.product.id === 'm1')!.grade).toBe(3);
    expect(b!.hits.every((h) => h.shift !== null || h.onlyHere)).toBe(true);
    expect(b!.hits[0]!.explanation.length).toBeGreaterThan(0);
    // The 0–1 reading of MaxSim is the raw score over the query tokens' total weight.
    const totalWeight = b!.queryTokens.reduce((sum, token) => sum + token.weight, 0);
    for (const hit of b!.hits) {
      expect(hit.scores.maxSimMean).toBeCloseTo(hit.scores.maxSim! / totalWeight, 3);
      expect(hit.scores.maxSimMean).toBeGreaterThan(0);
      expect(hit.scores.maxSimMean).toBeLessThanOrEqual(1);
    }
    expect(a!.hits.every((h) => h.scores.maxSimMean === null && h.maxSimTies === 0)).toBe(true);
    const [pair] = result.pairs;
    // Both rank the same candidates, so the sets agree fully whatever the order.
    expect(pair).toMatchObject({
      a: 0,
      b: 1,
      overlapAt10: 1,
      jaccardAt10: 1,
      sharedItems: a!.hits.length,
    });
    expect(pair!.rbo).toBeGreaterThan(0);
    expect(pair!.rbo).toBeLessThanOrEqual(1);
  });

  it('needs two or three rankings', async () => {
    expect(
      await errorCode(analyst.compare.rankings({ store, q: 'x', configurations: [lexical] })),
    ).toBe('BAD_REQUEST');
  });
});

describe('notes per query', () => {
  it('keeps a note on a query with the judgment set, and refuses bad input with a 400', async () => {
    const [set] = await analyst.judgments.listSets({ store });
    const setId = set!.id;
    expect(
      await analyst.judgments.saveNote({ store, setId, query: 'printer', text: 'laser only' }),
    ).toEqual({ query: 'printer', text: 'laser only' });
    expect(await analyst.judgments.notes({ store, setId, queries: ['printer', 'mouse'] })).toEqual({
      printer: 'laser only',
    });
    const long = 'x'.repeat(2001);
    expect(
      await errorCode(analyst.judgments.saveNote({ store, setId, query: 'printer', text: long })),
    ).toBe('BAD_REQUEST');
    expect(
      await errorCode(analyst.judgments.saveNote({ store, setId: 999_999, query: 'q', text: 'x' })),
    ).toBe('NOT_FOUND');
    await analyst.judgments.saveNote({ store, setId, query: 'printer', text: '' });
    expect(await analyst.judgments.notes({ store, setId })).toEqual({});
  });
});

describe('evaluation runs', () => {
  it('evaluates configurations, keeps the run, and exports per-query metrics', async () => {
    const [set] = await analyst.judgments.listSets({ store });
    const run = await analyst.evaluation.run({
      store,
      setId: set!.id,
      configurations: [lexical, colbert],
    });
    expect(run.results.map((r) => r.label)).toEqual(['lexical', 'colbert K=200']);
    expect(run.results[0]!.metricLabels).toEqual([
      'nDCG@10 (exp gain)',
      'MRR@10 (grade >= 1)',
      'ERR@10 (gmax 3)',
      'P@10 (grade >= 1)',
      'Recall@100 (grade >= 1)',
    ]);
    const ndcg = run.results[0]!.means[0]!;
    expect(ndcg.queryCount).toBe(2); // "batteries" has no relevant judgment
    expect(ndcg.mean).toBeGreaterThan(0.5);
    expect(run.deltas.map((d) => d.query).sort()).toEqual([
      'batteries',
      'printer',
      'wireless mouse',
    ]);
    expect(run.significance).toHaveLength(1);
    expect(run.significance[0]).toMatchObject({
      baseline: 'lexical',
      other: 'colbert K=200',
      metric: 'nDCG@10 (exp gain)',
      queries: 2,
      randomisation: { method: 'exact', rounds: 4 },
    });
    expect((await analyst.evaluation.list({ store }))[0]!.id).toBe(run.id);
    const { csv } = await analyst.evaluation.exportCsv({ store, runId: run.id });
    expect(csv).toMatch(/^# nDCG@10 \(exp gain\): .*higher is better\.$/m);
    expect(csv.split('\n').find((line) => !line.startsWith('#'))).toBe(
      'configuration,query,nDCG@10 (exp gain),MRR@10 (grade >= 1),ERR@10 (gmax 3),P@10 (grade >= 1),Recall@100 (grade >= 1)',
    );
    expect(csv).toMatch(/^lexical,printer,1\.000000,/m);
  });
});

describe('search analytics', () => {
  it('summarises top and zero-result queries and latency per profile for a period', async () => {
    for (const q of ['mouse', 'mouse', 'Mouse ', 'zzzqqq'])
      await t.caller.search.query({ store, q });
    await t.platform.events.drain();
    const now = Date.now();
    const summary = await analyst.analytics.summary({
      store,
      from: new Date(now - 3600_000),
      to: new Date(now + 60_000),
    });
    expect(summary.topQueries[0]).toMatchObject({ query: 'mouse', searches: 3 });
    expect(summary.zeroResultQueries).toContainEqual({ query: 'zzzqqq', searches: 1 });
    expect(
      summary.latencyByProfile.find((l) => l.profile === 'hybrid')!.searches,
    ).toBeGreaterThanOrEqual(4);
    const past = await analyst.analytics.summary({
      store,
      from: new Date(now - 7200_000),
      to: new Date(now - 3600_000),
    });
    expect(past.searches).toBe(0);
    expect(
      await errorCode(
        analyst.analytics.summary({ store, from: new Date(now), to: new Date(now - 1) }),
      ),
    ).toBe('BAD_REQUEST');
    // Before year 1 the database refuses the date: a clear 400, not a 500.
    await expect(
      analyst.analytics.summary({
        store,
        from: new Date('-000001-01-01T00:00:00Z'),
        to: new Date('-000001-01-02T00:00:00Z'),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /dates run from year 1 to 9999/ });
  });
});

describe('judgment sets imported again', () => {
  it('replace the set under that name, also when two imports of it run at once', async () => {
    const csv = (grade: number) => `query,docid,rating\nprinter,p1,${grade}\nprinter,p2,${grade}`;
    const imports = await Promise.allSettled(
      [1, 2, 3, 0].map((grade) =>
        analyst.judgments.importCsv({ store, name: 'twice', csv: csv(grade) }),
      ),
    );
    // On PostgreSQL these run at once; creating the set by name failed all but one of them.
    expect(imports.map((i) => i.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    const ids = new Set(imports.map((i) => (i.status === 'fulfilled' ? i.value.setId : null)));
    expect(ids.size).toBe(1);
    const [setId] = ids;
    const grades = await analyst.judgments.grades({ store, setId: setId!, query: 'printer' });
    // One import's judgments, whole: the last to commit replaced the others'.
    expect(Object.keys(grades).sort()).toEqual(['p1', 'p2']);
    expect(new Set(Object.values(grades)).size).toBe(1);
  });
});

describe('exports a spreadsheet opens safely', () => {
  it('defuses formula cells and quotes a query holding a line break, in both exports', async () => {
    const csv = ['query,docid,rating', '"=HYPERLINK(""http://evil.example"")",m1,3', '-1+2,p1,2'];
    const { setId } = await analyst.judgments.importCsv({
      store,
      name: 'formulas',
      csv: csv.join('\n'),
    });
    // A query typed with a line break, rated from the workbench, made the export a 500.
    await analyst.judgments.rate({ store, setId, query: 'two\nlines', productId: 'm1', grade: 1 });
    const exported = (await analyst.judgments.export({ store, setId })).csv;
    expect(exported).toContain(`"'=HYPERLINK(""http://evil.example"")",m1,3\n`);
    expect(exported).toContain(`'-1+2,p1,2\n`);
    expect(exported).toContain(`"two\nlines",m1,1\n`);

    const run = await analyst.evaluation.run({ store, setId, configurations: [lexical] });
    const report = (await analyst.evaluation.exportCsv({ store, runId: run.id })).csv;
    expect(report).toMatch(/^lexical,"'=HYPERLINK\(""http:\/\/evil\.example""\)",/m);
    expect(report).toMatch(/^lexical,'-1\+2,/m);
    expect(report).toMatch(/^lexical,"two\nlines",/m);
  });
});
