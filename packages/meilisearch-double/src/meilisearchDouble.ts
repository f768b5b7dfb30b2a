// A stand-in Meilisearch for tests: a real HTTP server on 127.0.0.1 (random port) speaking the
// documented REST API the first stage uses, with real evaluation of words, typos, filters, sort
// and facets (see ./meilisearch/). It checks every request (method, path, query, bearer key,
// JSON body) and records each one with its answer so tests can assert on what was sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DoubleEngine, type Reply } from './meilisearch/doubleEngine.ts';
import type { Document, IndexSettings } from './meilisearch/doubleIndex.ts';
import { badRequest, MeiliHttpError } from './meilisearch/httpError.ts';
import type { TaskView } from './meilisearch/taskQueue.ts';

export interface MeilisearchDoubleOptions {
  /** When set, every request but /health needs `Authorization: Bearer <apiKey>`. */
  apiKey?: string | undefined;
  /** How long a task stays enqueued, then processing; 0 still answers before it runs. */
  taskStepDelayMs?: number | undefined;
  /** Largest request body accepted (the engine's --http-payload-size-limit); default 100 MB. */
  payloadLimitBytes?: number | undefined;
}

/** Meilisearch's default http_payload_size_limit, "100 MB". */
const DEFAULT_PAYLOAD_LIMIT_BYTES = 100_000_000;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
  /** Size of the request body as received. */
  bytes: number;
  status: number;
  response: unknown;
}

export interface IndexSnapshot {
  primaryKey: string | null;
  settings: IndexSettings;
  documents: Document[];
}

export interface MeilisearchDouble {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Every request received, in order, with the status and body it was answered with. */
  readonly requests: RecordedRequest[];
  tasks(): readonly TaskView[];
  /** Keeps every task not yet started enqueued, as behind another store's long task. */
  pauseTasks(): void;
  /** Lets held tasks run, in order. */
  resumeTasks(): void;
  index(uid: string): IndexSnapshot | undefined;
  indexUids(): string[];
  close(): Promise<void>;
}

export async function startMeilisearchDouble(
  options: MeilisearchDoubleOptions = {},
): Promise<MeilisearchDouble> {
  const engine = new DoubleEngine(options.taskStepDelayMs ?? 0);
  const requests: RecordedRequest[] = [];
  const limits = {
    apiKey: options.apiKey,
    payloadLimitBytes: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
  };
  const server = createServer((request, response) => {
    void serve(engine, limits, requests, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    tasks: () => engine.tasks.all(),
    pauseTasks: () => engine.tasks.pause(),
    resumeTasks: () => engine.tasks.resume(),
    index(uid) {
      const index = engine.indexes.get(uid);
      if (!index) return undefined;
      const { primaryKey, settings } = index;
      return { primaryKey, settings, documents: [...index.documents.values()] };
    },
    indexUids: () => [...engine.indexes.keys()],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(
  engine: DoubleEngine,
  limits: { apiKey: string | undefined; payloadLimitBytes: number },
  requests: RecordedRequest[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://double');
  const method = request.method ?? 'GET';
  const raw = await readBody(request);
  let body: unknown;
  let reply: Reply;
  try {
    if (raw.length > limits.payloadLimitBytes) throw payloadTooLarge(limits.payloadLimitBytes);
    body = parseJson(raw.toString('utf8'), request.headers['content-type']);
    reply = route(engine, limits.apiKey, method, url, request.headers.authorization, body);
  } catch (error) {
    // A bug in the double still answers, so the test fails with its message instead of hanging.
    const failure =
      error instanceof MeiliHttpError
        ? error
        : new MeiliHttpError(500, 'internal', String(error), 'internal');
    reply = { status: failure.status, body: failure.body };
  }
  requests.push({
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    authorization: request.headers.authorization,
    body,
    bytes: raw.length,
    status: reply.status,
    response: reply.body,
  });
  response.writeHead(reply.status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(reply.body));
}

function route(
  engine: DoubleEngine,
  apiKey: string | undefined,
  method: string,
  url: URL,
  authorization: string | undefined,
  body: unknown,
): Reply {
  const matches = engine.routes
    .map((route) => ({ route, params: route.path.exec(url.pathname) }))
    .filter((m) => m.params);
  if (matches.length === 0)
    throw new MeiliHttpError(404, 'not_found', `No route for ${url.pathname}.`);
  const match = matches.find((m) => m.route.method === method);
  if (!match) throw new MeiliHttpError(405, 'method_not_allowed', `${method} is not allowed here.`);
  if (url.pathname !== '/health') checkAuthorization(apiKey, authorization);
  for (const name of url.searchParams.keys()) {
    if (!match.route.query?.includes(name)) {
      throw badRequest('bad_request', `Unknown parameter \`${name}\`.`);
    }
  }
  const params = match.params!.slice(1).map(decodeURIComponent);
  return match.route.handle({ params, query: url.searchParams, body });
}

function checkAuthorization(apiKey: string | undefined, header: string | undefined): void {
  if (apiKey === undefined) return;
  if (!header) {
    throw new MeiliHttpError(
      401,
      'missing_authorization_header',
      'The Authorization header is missing. It must use the bearer authorization method.',
      'auth',
    );
  }
  if (header !== `Bearer ${apiKey}`) {
    throw new MeiliHttpError(403, 'invalid_api_key', 'The provided API key is invalid.', 'auth');
  }
}

function parseJson(raw: string, contentType: string | undefined): unknown {
  if (raw === '') return undefined;
  if (!contentType?.startsWith('application/json')) {
    throw new MeiliHttpError(
      415,
      'invalid_content_type',
      `The Content-Type \`${contentType ?? ''}\` is invalid. Accepted values for the Content-Type header are: \`application/json\`.`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest('malformed_payload', 'The json payload provided is malformed.');
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** 413, naming the limit as the engine does: binary units for multiples of 1024, else decimal. */
function payloadTooLarge(limit: number): MeiliHttpError {
  const binary = limit % 1024 === 0;
  const [base, units] = binary
    ? [1024, ['B', 'KiB', 'MiB', 'GiB']]
    : [1000, ['B', 'KB', 'MB', 'GB']];
  let value = limit;
  let unit = 0;
  while (value >= base && unit < units.length - 1) {
    value /= base;
    unit += 1;
  }
  const size = `${Number(value.toFixed(2))} ${units[unit]}`;
  return new MeiliHttpError(
    413,
    'payload_too_large',
    `The provided payload reached the size limit. The maximum accepted payload size is ${size}.`,
  );
}
