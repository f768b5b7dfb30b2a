import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Qrels } from '@shopsearch/eval';
import {
  ColbertReranker,
  PostgresRetriever,
  SearchCaches,
  SearchService,
  ZSearchConfiguration,
  type Retriever,
  type SearchRequest,
} from '@shopsearch/search';
import type { Platform } from '../src/createPlatform.ts';
import { evaluateConfigurations } from '../src/evaluation/evaluateConfigurations.ts';
import { addIndexedStore, testPlatform } from '../src/testing/testStore.ts';

let t: { platform: Platform; storeId: number };
beforeAll(async () => {
  const platform = await testPlatform();
  t = { platform, storeId: await addIndexedStore(platform, 'shop') };
});
afterAll(async () => t?.platform.close());

describe('evaluateConfigurations', () => {
  it('times each configuration only after every configuration has searched the query once', async () => {
    const service = t.platform.services.search;
    const calls: string[] = [];
    const recorded = {
      search: (request: SearchRequest) => {
        calls.push(`${request.text}/${request.profile.name}`);
        return service.search(request);
      },
    } as unknown as SearchService;
    const qrels: Qrels = new Map([
      ['wireless mouse', new Map([['m1', 2]])],
      ['printer', new Map([['p1', 2]])],
    ]);
    const configurations = [{ profile: 'lexical' }, { profile: 'colbert' }].map((c) =>
      ZSearchConfiguration.parse(c),
    );
    const progress: number[] = [];
    const results = await evaluateConfigurations(recorded, t.storeId, qrels, configurations, {
      onProgress: (done) => progress.push(done),
    });

    const round = (q: string) => [`${q}/lexical`, `${q}/colbert`];
    expect(calls).toEqual([
      ...round('wireless mouse'),
      ...round('wireless mouse'),
      ...round('printer'),
      ...round('printer'),
    ]);
    expect(progress).toEqual([1, 2, 3, 4]); // the timed searches only
    expect(results.map((r) => r.label)).toEqual(['lexical', 'colbert K=200']);
    expect([...results[1]!.evaluation.perQuery.keys()].sort()).toEqual([
      'printer',
      'wireless mouse',
    ]);
    for (const r of results) expect(r.latency.p95).toBeGreaterThanOrEqual(r.latency.p50);
  });

  it('times searches that reach the first stage, not answers the warm-up left in its cache', async () => {
    const { prisma, reader } = t.platform.db;
    const postgres = new PostgresRetriever(prisma);
    const reached: string[] = [];
    const counting: Retriever = {
      name: 'postgres',
      retrieve(request) {
        reached.push(request.text);
        return postgres.retrieve(request);
      },
      suggest: (storeId, prefix, limit) => postgres.suggest(storeId, prefix, limit),
    };
    const service = new SearchService({
      prisma,
      caches: new SearchCaches({ prisma, reader, retriever: counting }),
      reranker: new ColbertReranker(t.platform.models),
    });
    const qrels: Qrels = new Map([['wireless mouse', new Map([['m1', 2]])]]);
    const configurations = [{ profile: 'colbert' }, { profile: 'hybrid' }].map((c) =>
      ZSearchConfiguration.parse(c),
    );
    await evaluateConfigurations(service, t.storeId, qrels, configurations);
    // The two configurations ask the first stage the same question: the warm-up asks it once
    // (the second is answered from the cache), each timed search asks it again.
    expect(reached).toEqual(['wireless mouse', 'wireless mouse', 'wireless mouse']);
  });
});
