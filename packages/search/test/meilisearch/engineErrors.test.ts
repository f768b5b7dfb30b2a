// How engine failures reach callers: typed, quick, and without the API key anywhere.
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FirstStageError,
  FirstStageTaskError,
  FirstStageUnavailableError,
  InvalidFilterError,
} from '../../src/retrievers/meilisearch/errors.ts';
import { MeilisearchIndex } from '../../src/retrievers/meilisearch/meilisearchIndex.ts';
import { MeilisearchRetriever } from '../../src/retrievers/meilisearch/meilisearchRetriever.ts';
import type { RetrieveRequest } from '../../src/retrieval.ts';
import { startMeilisearchDouble, type MeilisearchDouble } from '@shopsearch/meilisearch-double';

const SECRET = 'super-secret-master-key';
const request = (overrides: Partial<RetrieveRequest> = {}): RetrieveRequest => ({
  storeId: 1,
  text: 'mouse',
  filters: {},
  sort: 'relevance',
  offset: 0,
  limit: 10,
  ...overrides,
});

/** Fails the test if the error, its cause chain or its printed form mentions the secret. */
function expectNoSecret(error: unknown) {
  expect(inspect(error, { depth: Infinity })).not.toContain(SECRET);
  expect(JSON.stringify(error)).not.toContain(SECRET);
}

/** A port that was just free: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('an unreachable engine', () => {
  it('fails fast with FirstStageUnavailableError naming the host', async () => {
    const port = await closedPort();
    const retriever = new MeilisearchRetriever({
      host: `http://127.0.0.1:${port}`,
      apiKey: SECRET,
      timeoutMs: 2_000,
    });
    const started = Date.now();
    const error = await retriever.retrieve(request()).catch((e) => e);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(error).toBeInstanceOf(FirstStageUnavailableError);
    expect(error.message).toBe(
      `the search engine at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)`,
    );
    expect(error.cause).toMatchObject({ reason: 'network', detail: 'ECONNREFUSED' });
    expectNoSecret(error);
  });

  describe('that accepts connections but never answers', () => {
    let server: Server;
    const sockets: Socket[] = [];
    beforeAll(async () => {
      server = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise((resolve) => server.close(resolve));
    });

    it('times out after timeoutMs as unavailable, for searches and for index sync', async () => {
      const { port } = server.address() as { port: number };
      const options = { host: `http://127.0.0.1:${port}`, apiKey: SECRET, timeoutMs: 150 };
      const started = Date.now();
      const searchError = await new MeilisearchRetriever(options)
        .retrieve(request())
        .catch((e) => e);
      const syncError = await new MeilisearchIndex(options)
        .prepare(1, { attributes: [], synonyms: {}, productCount: 0 })
        .catch((e) => e);
      expect(Date.now() - started).toBeLessThan(2_000);
      for (const error of [searchError, syncError]) {
        expect(error).toBeInstanceOf(FirstStageUnavailableError);
        expect(error.message).toMatch(/is unreachable \(request timed out after 150ms\)/);
        expect(error.cause.reason).toBe('timeout');
        expectNoSecret(error);
      }
    });
  });

  it('refuses credentials written into the host URL, without repeating them', () => {
    const attempt = () =>
      new MeilisearchRetriever({ host: `http://user:${SECRET}@127.0.0.1:7700` });
    expect(attempt).toThrow(/must not hold credentials/);
    expect(attempt).not.toThrow(SECRET);
  });
});

describe('an engine that answers badly or slowly', () => {
  it('reports a non-JSON answer (a proxy error page) as a FirstStageError', async () => {
    const proxy = createHttpServer((_, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html>Bad Gateway</html>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as { port: number };
    const error = await new MeilisearchRetriever({ host: `http://127.0.0.1:${port}` })
      .retrieve(request())
      .catch((e) => e);
    await new Promise((resolve) => proxy.close(resolve));
    expect(error).toBeInstanceOf(FirstStageError);
    expect(error.message).toBe(
      `the search engine at http://127.0.0.1:${port} answered with something not JSON`,
    );
  });

  it('gives up waiting for a task after taskTimeoutMs, naming the task', async () => {
    const slow = await startMeilisearchDouble({ taskStepDelayMs: 1_000 });
    const index = new MeilisearchIndex({ host: slow.url, taskTimeoutMs: 100 });
    const error = await index
      .prepare(1, { attributes: [], synonyms: {}, productCount: 0 })
      .catch((e) => e);
    await slow.close();
    expect(error).toBeInstanceOf(FirstStageTaskError);
    expect(error.cause).toEqual({
      taskUid: 0,
      code: 'task_wait_timeout',
      detail: 'not finished within 100 ms',
    });
  });
});

describe('an engine that refuses the request', () => {
  let double: MeilisearchDouble;
  beforeAll(async () => {
    double = await startMeilisearchDouble({ apiKey: 'the-right-key' });
    await new MeilisearchIndex({ host: double.url, apiKey: 'the-right-key' }).prepare(1, {
      attributes: ['attr_t_colour'],
      synonyms: {},
      productCount: 0,
    });
  });
  afterAll(async () => double.close());

  it('reports a wrong API key as a FirstStageError with the engine code, not the key', async () => {
    const retriever = new MeilisearchRetriever({ host: double.url, apiKey: SECRET });
    const error = await retriever.retrieve(request()).catch((e) => e);
    expect(error).toBeInstanceOf(FirstStageError);
    expect(error).not.toBeInstanceOf(FirstStageUnavailableError);
    expect(error.message).toBe(
      `the search engine at ${double.url} refused the request: invalid_api_key: The provided API key is invalid.`,
    );
    expect(error.cause).toEqual({ code: 'invalid_api_key', status: 403 });
    expect(double.requests.at(-1)!.authorization).toBe(`Bearer ${SECRET}`);
    expectNoSecret(error);
  });

  it('reports a filter on an attribute the index was not prepared for as InvalidFilterError', async () => {
    const retriever = new MeilisearchRetriever({ host: double.url, apiKey: 'the-right-key' });
    const error = await retriever
      .retrieve(
        request({ filters: { attributes: { attr_t_size: { kind: 'text', anyOf: ['M'] } } } }),
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(InvalidFilterError);
    expect(error.cause).toEqual({ code: 'filter_not_ready', attribute: 'attr_t_size' });
    expect(error.message).toBe(
      'the filter on "attr_t_size" is not available yet: the store\'s search index applies its new facets with the next re-index',
    );
  });

  it('refuses an attribute name that is not an identifier without sending anything', async () => {
    const retriever = new MeilisearchRetriever({ host: double.url, apiKey: 'the-right-key' });
    const before = double.requests.length;
    const filters = {
      attributes: { 'colour = "x" OR brand': { kind: 'boolean' as const, value: true } },
    };
    await expect(retriever.retrieve(request({ filters }))).rejects.toThrow(InvalidFilterError);
    await expect(
      retriever.retrieve(request({ facets: { attributes: ['attr) OR (x'] } })),
    ).rejects.toThrow(InvalidFilterError);
    expect(double.requests.length).toBe(before);
  });
});
