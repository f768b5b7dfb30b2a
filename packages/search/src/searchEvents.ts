// Search events for analytics, written after the response: searches enqueue, a flush writes the
// queue in one statement on the next tick. A failed write is reported, never thrown at a shopper.
import type { PrismaClient } from '@shopsearch/db';

export interface SearchEventInput {
  storeId: number;
  query: string;
  profile: string;
  latencyMs: number;
  resultCount: number;
}

const MAX_QUEUE = 10_000;
const MAX_QUERY_LENGTH = 500;

export class SearchEventRecorder {
  readonly #prisma: PrismaClient;
  readonly #onError: (error: unknown) => void;
  #queue: SearchEventInput[] = [];
  #flushing: Promise<void> | null = null;

  constructor(prisma: PrismaClient, onError: (error: unknown) => void = () => {}) {
    this.#prisma = prisma;
    this.#onError = onError;
  }

  record(event: SearchEventInput): void {
    // Under a write outage, drop the oldest events rather than grow without bound.
    if (this.#queue.length >= MAX_QUEUE) this.#queue.shift();
    this.#queue.push({ ...event, query: event.query.slice(0, MAX_QUERY_LENGTH) });
    this.#flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
      this.#flush(),
    );
  }

  /** Resolves once everything recorded so far is written (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.#flushing) await this.#flushing;
  }

  async #flush(): Promise<void> {
    const events = this.#queue;
    this.#queue = [];
    try {
      await this.#prisma.searchEvent.createMany({ data: events });
    } catch (error) {
      this.#onError(error);
    } finally {
      this.#flushing = this.#queue.length ? this.#flush() : null;
    }
  }
}
