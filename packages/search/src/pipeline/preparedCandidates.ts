// A candidate set's stored vectors, loaded once and packed by the index version's codec, kept for
// the next search of the same candidates.
import { LRUCache } from 'lru-cache';
import type { Candidate } from '../retrieval.ts';
import type { PackedCandidates } from '../reranker.ts';
import {
  storedEmbeddingBytes,
  type ActiveIndexVersion,
  type EmbeddingStore,
  type StoredEmbedding,
} from '../embeddingStore.ts';

/** A candidate set's stored vectors for one index version. */
export interface PreparedCandidates<P extends PackedCandidates = PackedCandidates> {
  storeId: number;
  /** By first-stage position; undefined for a candidate without stored vectors. */
  stored: (StoredEmbedding | undefined)[];
  /** The stored ones, in first-stage order. */
  packed: P;
  /** By first-stage position: the candidate's place in `packed`, or -1 (nothing stored). */
  packedAt: Int32Array;
}

/**
 * Prepared candidates kept by the candidate array they were prepared for. Identity contract: the
 * first stage's answer cache hands out the same array for a repeated request while its entry
 * lives, so a repeated query is scored afresh without looking up or packing its candidates' vectors
 * again. Kept under a byte bound, least recently used first out (an array the first stage no longer
 * hands out is never asked for again, so it ages out first); another version packs anew.
 */
export class PreparedCandidatesCache<P extends PackedCandidates = PackedCandidates> {
  readonly #kept: LRUCache<readonly Candidate[], PreparedCandidates<P>>;

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.#kept = new LRUCache({ maxSize: maxBytes, sizeCalculation: preparedBytes });
  }

  async prepare(
    candidates: readonly Candidate[],
    storeId: number,
    version: ActiveIndexVersion,
    embeddings: EmbeddingStore,
    pack: (version: ActiveIndexVersion, documents: StoredEmbedding[]) => Promise<P>,
  ): Promise<PreparedCandidates<P>> {
    const kept = this.#kept.get(candidates);
    if (kept?.packed.versionId === version.id) return kept;
    const ids = candidates.map((c) => c.productId);
    const loaded = await embeddings.load(storeId, version, ids);
    const stored = ids.map((id) => loaded.byProductId.get(id));
    const present = stored.filter((e): e is StoredEmbedding => !!e);
    const packedAt = new Int32Array(stored.length).fill(-1);
    for (let i = 0, next = 0; i < stored.length; i++) if (stored[i]) packedAt[i] = next++;
    const prepared = { storeId, stored, packed: await pack(version, present), packedAt };
    this.#kept.set(candidates, prepared);
    return prepared;
  }

  /** Bytes held (as the bound counts them). */
  get bytes(): number {
    return this.#kept.calculatedSize;
  }

  /**
   * Drops a store's entries. The first stage hands out new arrays after a change, so they would
   * never be hit again; dropping them now frees their share of the bound at once.
   */
  invalidate(storeId: number): void {
    for (const [candidates, prepared] of [...this.#kept.entries()]) {
      if (prepared.storeId === storeId) this.#kept.delete(candidates);
    }
  }
}

/**
 * What keeping prepared candidates holds, counted as if nothing else held it (the first-stage
 * and embedding caches may drop their share first): the packed batch, the position map, each
 * stored embedding as the embedding cache counts it, and ~80 bytes per candidate entry.
 */
function preparedBytes<P extends PackedCandidates>({
  packed,
  packedAt,
  stored,
}: PreparedCandidates<P>): number {
  let bytes = packed.byteLength + packedAt.byteLength + 80 * stored.length;
  for (const e of stored) if (e) bytes += storedEmbeddingBytes(e);
  return bytes;
}
