// How much one import may read and for how long. A catalog upload is small when it arrives (its
// size is limited), but a zip can unpack to far more, and a file's rows or columns can cost more
// than their bytes suggest; these limits bound the work, and a signal stops work nobody waits for.
import type { CatalogError } from '../errors/catalogError.ts';
import { ImportCancelledError } from '../errors/importCancelledError.ts';
import { ImportLimitError } from '../errors/importLimitError.ts';

export interface ImportLimits {
  /** Bytes of content after unpacking a zip (a plain file's size is its upload's). */
  maxUnpackedBytes?: number;
  /** Entries a zip's directory may list (only one file may be in it; this bounds the listing). */
  maxZipEntries?: number;
  maxRows?: number;
  /** Columns of a CSV header, or keys of one JSON record. */
  maxColumns?: number;
  /** Wall time from opening the file to the last row. */
  maxMilliseconds?: number;
}

const count = (n: number) => n.toLocaleString('en-US');

type CountedLimit = 'unpackedBytes' | 'zipEntries' | 'rows';

/** The limits checked by a count: which option holds each, and how a refusal says why. */
const COUNTED_LIMITS: Record<
  CountedLimit,
  { limit: keyof ImportLimits; why: (value: number, max: number) => string }
> = {
  unpackedBytes: {
    limit: 'maxUnpackedBytes',
    why: (_, max) => `it unpacks to more than ${count(max)} bytes`,
  },
  zipEntries: {
    limit: 'maxZipEntries',
    why: (entries, max) =>
      `the zip archive lists ${count(entries)} entries (at most ${count(max)})`,
  },
  rows: { limit: 'maxRows', why: (_, max) => `it has more than ${count(max)} rows` },
};

/** Checks one import's progress against its limits and signal; each check throws when past. */
export class ImportGuard {
  readonly #file: string;
  readonly #limits: ImportLimits;
  readonly #signal: AbortSignal | undefined;
  readonly #deadline: number;

  constructor(file: string, limits: ImportLimits = {}, signal?: AbortSignal) {
    this.#file = file;
    this.#limits = limits;
    this.#signal = signal;
    this.#deadline = performance.now() + (limits.maxMilliseconds ?? Infinity);
  }

  /** Throws when the caller has gone or the time is up; called for every chunk and row. */
  checkRunning(): void {
    if (this.#signal?.aborted) throw new ImportCancelledError(this.#file);
    if (performance.now() > this.#deadline) {
      const seconds = (this.#limits.maxMilliseconds ?? 0) / 1000;
      throw new ImportLimitError(
        this.#file,
        'time',
        `reading it took more than ${count(seconds)} s`,
      );
    }
  }

  /**
   * Calls `listener` once with the error checkRunning() would throw, as soon as the signal aborts
   * or the time is up, even while this thread waits (for a worker's rows); returns a disposer.
   */
  onStop(listener: (error: CatalogError) => void): () => void {
    const stop = () => {
      try {
        this.checkRunning();
      } catch (error) {
        dispose();
        listener(error as CatalogError);
      }
    };
    const remaining = this.#deadline - performance.now();
    // Timers fire a little early by performance.now(); one more millisecond makes the check see it.
    const timer = Number.isFinite(remaining)
      ? setTimeout(stop, Math.max(0, remaining) + 1)
      : undefined;
    this.#signal?.addEventListener('abort', stop);
    const dispose = () => {
      clearTimeout(timer);
      this.#signal?.removeEventListener('abort', stop);
    };
    if (this.#signal?.aborted) queueMicrotask(stop);
    return dispose;
  }

  checkUnpackedBytes(bytes: number): void {
    this.#checkAtMost('unpackedBytes', bytes);
  }

  checkZipEntries(entries: number): void {
    this.#checkAtMost('zipEntries', entries);
  }

  checkRows(rows: number): void {
    this.#checkAtMost('rows', rows);
  }

  /** Why `columns` is too many (a CSV reader reports it as a bad header), or undefined. */
  columnsProblem(columns: number): string | undefined {
    const max = this.#limits.maxColumns;
    return max !== undefined && columns > max
      ? `a row has ${count(columns)} columns (at most ${count(max)})`
      : undefined;
  }

  checkColumns(columns: number): void {
    const problem = this.columnsProblem(columns);
    if (problem) throw new ImportLimitError(this.#file, 'columns', problem);
  }

  /** Throws the limit's error when `value` is over it (no limit when it is not set). */
  #checkAtMost(kind: CountedLimit, value: number): void {
    const { limit, why } = COUNTED_LIMITS[kind];
    const max = this.#limits[limit];
    if (max !== undefined && value > max)
      throw new ImportLimitError(this.#file, kind, why(value, max));
  }
}
