// Search events for analytics, written after the response: searches enqueue, and a flush a
// moment later writes everything queued in one statement, so a burst of searches costs one
// write (on the embedded database every write blocks the event loop that serves searches).
// A failed write is reported, never thrown at a shopper.
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
  readonly #delayMs: number;
  #queue: SearchEventInput[] = [];
  #timer: NodeJS.Timeout | null = null;
  #flushing: Promise<void> | null = null;

  constructor(
    prisma: PrismaClient,
    options: { onError?: (error: unknown) => void; flushDelayMs?: number } = {},
  ) {
    this.#prisma = prisma;
    this.#onError = options.onError ?? (() => {});
    this.#delayMs = options.flushDelayMs ?? 1000;
  }

  record(event: SearchEventInput): void {
    // Under a write outage, drop the oldest events rather than grow without bound.
    if (this.#queue.length >= MAX_QUEUE) this.#queue.shift();
    this.#queue.push({ ...event, query: event.query.slice(0, MAX_QUERY_LENGTH) });
    if (!this.#flushing) this.#schedule();
  }

  #schedule(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => this.#startFlush(), this.#delayMs);
    this.#timer.unref();
  }

  /** Resolves once everything recorded so far is written (tests, shutdown). */
  async drain(): Promise<void> {
    if (this.#timer) this.#startFlush();
    while (this.#flushing) await this.#flushing;
  }

  #startFlush(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#flushing ??= this.#flush().finally(() => {
      this.#flushing = null;
      // Events recorded while the last write was finishing.
      if (this.#queue.length) this.#schedule();
    });
  }

  async #flush(): Promise<void> {
    while (this.#queue.length) {
      const events = this.#queue;
      this.#queue = [];
      try {
        await this.#prisma.searchEvent.createMany({ data: events });
      } catch (error) {
        this.#onError(error);
      }
    }
  }
}
