// Keeps a store's Meilisearch index in step with its catalog: creates it with its settings, then
// sends documents and deletions in batches, each awaited, so a failure names the batch's task.
import type { FirstStageIndex, IndexSettings } from '../../firstStage.ts';
import type { SearchDocument } from '../../documents.ts';
import { MeilisearchConnection, type MeilisearchOptions } from './connection.ts';
import { documentKey } from './documentKeys.ts';
import { FIELDS } from './fields.ts';
import { meilisearchSettings } from './indexSettings.ts';

export interface MeilisearchIndexOptions extends MeilisearchOptions {
  /** Documents or ids per request; Meilisearch indexes each batch as one task. */
  batchSize?: number | undefined;
}

const DEFAULT_BATCH_SIZE = 1_000;

export class MeilisearchIndex implements FirstStageIndex {
  readonly #engine: MeilisearchConnection;
  readonly #batchSize: number;

  constructor(options: MeilisearchIndexOptions) {
    this.#engine = new MeilisearchConnection(options);
    this.#batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(this.#batchSize) || this.#batchSize < 1) {
      throw new TypeError(`batchSize must be a positive integer, got ${options.batchSize}`);
    }
  }

  async prepare(storeId: number, settings: IndexSettings): Promise<void> {
    const uid = this.#engine.indexUid(storeId);
    // Built first: an invalid attribute name fails before anything is created.
    const body = meilisearchSettings(settings);
    // A settings update creates a missing index: it never exists without its settings, which a
    // search asking for facets (brand, price) would fail on. Documents set the primary key.
    await this.#engine.runTask((client) => client.index(uid).updateSettings(body));
  }

  async upsert(storeId: number, documents: readonly SearchDocument[]): Promise<void> {
    const uid = this.#engine.indexUid(storeId);
    for (const batch of batches(documents, this.#batchSize)) {
      await this.#engine.runTask((client) =>
        client
          .index(uid)
          .addDocuments(batch.map(toMeilisearchDocument), { primaryKey: FIELDS.key }),
      );
    }
  }

  async remove(storeId: number, productIds: readonly string[]): Promise<void> {
    const uid = this.#engine.indexUid(storeId);
    for (const batch of batches(productIds, this.#batchSize)) {
      await this.#engine.runTask((client) =>
        client.index(uid).deleteDocuments(batch.map(documentKey)),
      );
    }
  }
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** The document as Meilisearch stores it; field names follow FIELDS. */
function toMeilisearchDocument(document: SearchDocument): Record<string, unknown> {
  return {
    [FIELDS.key]: documentKey(document.id),
    [FIELDS.productId]: document.id,
    [FIELDS.title]: document.title,
    [FIELDS.brand]: document.brand,
    [FIELDS.sku]: document.sku,
    [FIELDS.description]: document.description,
    [FIELDS.price]: document.priceMinor,
    [FIELDS.availability]: document.availability,
    [FIELDS.releasedAt]: document.releasedAt,
    [FIELDS.attributes]: document.attributes,
    [FIELDS.attributeNumbers]: Object.fromEntries(
      Object.entries(document.attributes).filter(([, value]) => typeof value === 'number'),
    ),
  };
}
