// Collects valid products into batches and hands each to one write (an upsert statement, or a
// dry run's comparison). One write is in flight while the caller goes on reading and validating
// the next batch, so with PostgreSQL the server's work overlaps ours; writes still happen one at
// a time and in file order.
import type { CatalogProduct } from '../product/catalogProduct.ts';
import type { UpsertCounts } from './productUpsert.ts';

export interface BatchWriterOptions<Mark> {
  batchSize: number;
  /** Stores a batch (or, in a dry run, only counts what storing it would change). */
  write(products: CatalogProduct[]): Promise<UpsertCounts>;
  /** Taken when a batch is sent, handed back with its counts once it is written. */
  mark(): Mark;
  onWritten(counts: UpsertCounts, mark: Mark): void;
}

export class BatchWriter<Mark> {
  readonly #options: BatchWriterOptions<Mark>;
  #batch: CatalogProduct[] = [];
  #inFlight: Promise<void> = Promise.resolve();

  constructor(options: BatchWriterOptions<Mark>) {
    this.#options = options;
  }

  /** Queues a product; a full batch waits for the previous write, then starts its own. */
  async add(product: CatalogProduct): Promise<void> {
    this.#batch.push(product);
    if (this.#batch.length >= this.#options.batchSize) await this.#send();
  }

  /** Writes what is queued and waits for every write; throws the first write's failure. */
  async finish(): Promise<void> {
    await this.#send();
    await this.#inFlight;
  }

  async #send(): Promise<void> {
    const products = this.#batch;
    this.#batch = [];
    const mark = this.#options.mark();
    await this.#inFlight;
    const { write, onWritten } = this.#options;
    // finish() sends even an empty batch, so the last report covers the whole file.
    if (products.length === 0) return onWritten({ inserted: 0, updated: 0, unchanged: 0 }, mark);
    this.#inFlight = write(products).then((counts) => onWritten(counts, mark));
    // A failure surfaces at the next add() or finish(); until then it must not count as unhandled.
    this.#inFlight.catch(() => {});
  }
}
