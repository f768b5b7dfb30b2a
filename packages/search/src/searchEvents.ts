// Search events for analytics, written after the response: searches enqueue, and a flush a
// moment later writes everything queued in one statement, so a burst of searches costs one
// write (on the embedded database every write blocks the event loop that serves searches).
// A failed write is reported, never thrown at a shopper.
//
// The statement is raw SQL over five arrays rather than Prisma's createMany: createMany compiles
// and binds every row's values, which cost 160–210 µs of CPU per event (measured, PostgreSQL and
// PGlite), as much as a whole search; unnest sends one array per column (4–24 µs per event).
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
    this.#queue.push({ ...event, query: storableQuery(event.query) });
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
        await this.#insert(events);
      } catch (error) {
        this.#onError(error);
      }
    }
  }

  /**
   * One statement for the batch, in the order recorded; events of a store deleted meanwhile are
   * skipped rather than failing the others.
   */
  #insert(events: SearchEventInput[]): Promise<number> {
    const column = <T>(pick: (e: SearchEventInput) => T) => events.map(pick);
    return this.#prisma.$executeRaw`
      INSERT INTO search_event (store_id, query, profile, latency_ms, result_count)
      SELECT e.store_id, e.query, e.profile, e.latency_ms, e.result_count
      FROM unnest(
        ${column((e) => e.storeId)}::int[], ${column((e) => e.query)}::text[],
        ${column((e) => e.profile)}::text[], ${column((e) => e.latencyMs)}::real[],
        ${column((e) => e.resultCount)}::int[]
      ) WITH ORDINALITY AS e(store_id, query, profile, latency_ms, result_count, n)
      WHERE e.store_id IN (SELECT id FROM store)
      ORDER BY e.n`;
  }
}

/**
 * At most MAX_QUERY_LENGTH characters, without NUL (PostgreSQL text cannot hold it). Search clicks
 * store their query this way too, so they join the events on it.
 */
export function storableQuery(query: string): string {
  return query.slice(0, MAX_QUERY_LENGTH).replaceAll('\0', '');
}
