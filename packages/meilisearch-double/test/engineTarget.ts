// The engine a rules test talks to: the double, or a live Meilisearch when MEILISEARCH_URL is set
// (then every index gets a prefix unique to the run and is deleted afterwards). Plain fetch, so
// what is checked is the HTTP API itself, not a client's reading of it.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { startMeilisearchDouble, type MeilisearchDouble } from '../src/index.ts';

/** The fields of Meilisearch answers the rules tests read. */
export interface Answer {
  message: string;
  code: string;
  type: string;
  status: string;
  taskUid: number;
  uid: number;
  error: { code: string; message: string } | null;
  hits: Record<string, unknown>[];
  offset: number;
  limit: number;
  estimatedTotalHits: number;
  facetDistribution: Record<string, Record<string, number>>;
  facetStats: Record<string, { min: number; max: number }>;
  startedAt: string;
  finishedAt: string;
}

export interface EngineTarget {
  readonly name: string;
  /** Set for the double only: lets a test hold tasks as a busy engine would. */
  readonly double: MeilisearchDouble | null;
  /** The largest request body the engine takes. */
  readonly payloadLimitBytes: number;
  /** An index uid unique to this run. */
  uid(name: string): string;
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Answer }>;
  /** Sends a write and waits for its task to succeed or fail. */
  run(method: string, path: string, body?: unknown): Promise<Answer>;
  settled(taskUid: number): Promise<Answer>;
  close(): Promise<void>;
}

export const liveUrl = process.env.MEILISEARCH_URL || undefined;
const liveKey = process.env.MEILISEARCH_API_KEY || undefined;

/** A limit small enough to reach cheaply, large enough for the rules' other batches. */
const DOUBLE_PAYLOAD_LIMIT_BYTES = 2_000_000;

export async function doubleTarget(): Promise<EngineTarget> {
  const double = await startMeilisearchDouble({
    apiKey: 'rules-key',
    payloadLimitBytes: DOUBLE_PAYLOAD_LIMIT_BYTES,
  });
  return target('the double', double.url, 'rules-key', '', double, () => double.close());
}

export function liveTarget(): EngineTarget {
  const prefix = `shopsearch_rules_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_`;
  // Meilisearch's default http_payload_size_limit; a server started with another fails the rule.
  const live = target(`Meilisearch at ${liveUrl}`, liveUrl!, liveKey, prefix, null, async () => {
    const { body } = await live.call('GET', '/indexes?limit=1000');
    const indexes = (body as unknown as { results: { uid: string }[] }).results;
    for (const { uid } of indexes.filter((i) => i.uid.startsWith(prefix))) {
      await live.run('DELETE', `/indexes/${uid}`);
    }
  });
  return live;
}

function target(
  name: string,
  url: string,
  key: string | undefined,
  prefix: string,
  double: MeilisearchDouble | null,
  close: () => Promise<void>,
): EngineTarget {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  };
  const settled = async (taskUid: number) => {
    for (;;) {
      const { body } = await call('GET', `/tasks/${taskUid}`);
      if (body.status !== 'enqueued' && body.status !== 'processing') return body;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return {
    name,
    double,
    payloadLimitBytes: double ? DOUBLE_PAYLOAD_LIMIT_BYTES : 100_000_000,
    uid: (index) => `${prefix}${index}`,
    call,
    settled,
    async run(method, path, body) {
      const enqueued = await call(method, path, body);
      expect(enqueued.status, JSON.stringify(enqueued.body)).toBe(202);
      return settled(enqueued.body.taskUid);
    },
    close,
  };
}
