// One configured Meilisearch client plus the rules every call follows: an index per store, errors
// mapped to the first stage's error tree, and enqueued tasks awaited until they succeed or fail.
import { Meilisearch, type EnqueuedTaskPromise } from 'meilisearch';
import { displayHost, toFirstStageError } from './engineErrors.ts';
import { FirstStageTaskError } from './errors.ts';

export interface MeilisearchOptions {
  /** Base URL of the engine, e.g. `http://127.0.0.1:7700`. */
  host: string;
  apiKey?: string | undefined;
  /** Prepended to every index uid, so several deployments or test runs can share one engine. */
  indexPrefix?: string | undefined;
  /** Per HTTP request; a slower answer counts as the engine being unreachable. */
  timeoutMs?: number | undefined;
  /** How long to wait for one asynchronous task (a settings change, a document batch). */
  taskTimeoutMs?: number | undefined;
}

const INDEX_PREFIX = /^[A-Za-z0-9_-]*$/;
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_TASK_TIMEOUT_MS = 120_000;

export class MeilisearchConnection {
  readonly host: string;
  readonly #client: Meilisearch;
  readonly #indexPrefix: string;
  readonly #taskTimeoutMs: number;

  constructor(options: MeilisearchOptions) {
    const indexPrefix = options.indexPrefix ?? '';
    if (!INDEX_PREFIX.test(indexPrefix)) {
      throw new TypeError('indexPrefix may only hold letters, digits, hyphens and underscores');
    }
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(options.host)) {
      // fetch refuses such URLs, and errors would then repeat them: the key belongs in apiKey.
      throw new TypeError('the Meilisearch host must not hold credentials; pass apiKey instead');
    }
    this.host = displayHost(options.host);
    this.#indexPrefix = indexPrefix;
    this.#taskTimeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
    this.#client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
  }

  /** The store's own index; stores never share one. */
  indexUid(storeId: number): string {
    if (!Number.isSafeInteger(storeId) || storeId < 0) {
      throw new TypeError(`store id must be a non-negative integer, got ${storeId}`);
    }
    return `${this.#indexPrefix}store_${storeId}`;
  }

  /** Runs one client call, translating its failures. */
  async call<T>(request: (client: Meilisearch) => Promise<T>): Promise<T> {
    try {
      return await request(this.#client);
    } catch (error) {
      throw toFirstStageError(error, this.host);
    }
  }

  /** Enqueues a task and waits for it. A failed or canceled task becomes a FirstStageTaskError. */
  async runTask(enqueue: (client: Meilisearch) => EnqueuedTaskPromise): Promise<void> {
    const task = await this.call((client) =>
      enqueue(client).waitTask({ timeout: this.#taskTimeoutMs }),
    );
    if (task.status === 'succeeded') return;
    throw new FirstStageTaskError({
      taskUid: task.uid,
      code: task.error?.code ?? task.status,
      detail: task.error?.message ?? `the task ended as ${task.status}`,
    });
  }
}
