// Which experiment runs in a store, asked by every storefront search: kept for a few seconds so a
// search does not wait for a database round trip. Start and stop in this process drop the store's
// entry at once; other processes see them within TTL_MS.
import type { DatabaseDeps } from '../databaseDeps.ts';
import { toExperimentView, type ExperimentView } from './experiments.ts';

const TTL_MS = 5_000;

export class RunningExperiments {
  readonly #prisma: DatabaseDeps['prisma'];
  readonly #entries = new Map<
    number,
    { until: number; experiment: Promise<ExperimentView | null> }
  >();

  constructor({ prisma }: DatabaseDeps) {
    this.#prisma = prisma;
  }

  get(storeId: number): Promise<ExperimentView | null> {
    const entry = this.#entries.get(storeId);
    if (entry && entry.until > Date.now()) return entry.experiment;
    const experiment = this.#prisma.experiment
      .findUnique({ where: { runningStoreId: storeId } })
      .then((row) => (row ? toExperimentView(row) : null));
    this.#entries.set(storeId, { until: Date.now() + TTL_MS, experiment });
    // A failed read is not kept: the next search asks again.
    experiment.catch(() => this.#entries.delete(storeId));
    return experiment;
  }

  invalidate(storeId: number): void {
    this.#entries.delete(storeId);
  }
}
