// A store's search settings (synonyms, rules, the active index version) as searches read them:
// loaded on first use, kept for a short TTL, so a change takes effect at once in this process
// (`invalidate`) and within the TTL in others, with no re-index. A failed load is not kept.
export class StoreSettingCache<T> {
  readonly #load: (storeId: number) => Promise<T>;
  readonly #ttlMs: number;
  readonly #values = new Map<number, { at: number; value: Promise<T> }>();

  constructor(load: (storeId: number) => Promise<T>, ttlMs = 30_000) {
    this.#load = load;
    this.#ttlMs = ttlMs;
  }

  of(storeId: number, now = Date.now()): Promise<T> {
    const hit = this.#values.get(storeId);
    if (hit && now - hit.at < this.#ttlMs) return hit.value;
    const value = this.#load(storeId);
    this.#values.set(storeId, { at: now, value });
    value.catch(() => this.#values.delete(storeId));
    return value;
  }

  invalidate(storeId: number): void {
    this.#values.delete(storeId);
  }
}
