// Keeps a store's Meilisearch index in step with its catalog: creates it with its settings, then
// sends documents and deletions in batches, each awaited, so a failure names the batch's task.
// Document batches are cut by count and by size: the engine refuses a request body over its
// payload limit (100 MB by default), and 1,000 products of up to ~366 KB each would pass it.
import type { FirstStageIndex, IndexSettings } from '../../firstStage.ts';
import type { SearchDocument } from '../../documents.ts';
import { MeilisearchConnection, type MeilisearchOptions } from './connection.ts';
import { documentKey } from './documentKeys.ts';
import { FIELDS } from './fields.ts';
import { meilisearchSettings } from './indexSettings.ts';

export interface MeilisearchIndexOptions extends MeilisearchOptions {
  /** Documents or ids per request; Meilisearch indexes each batch as one task. */
  batchSize?: number | undefined;
  /** Largest document request body, in bytes; keep it under the engine's payload limit. */
  batchBytes?: number | undefined;
}

const DEFAULT_BATCH_SIZE = 1_000;
/** Half the engine's default payload limit (100 MB), leaving room for a server set lower. */
const DEFAULT_BATCH_BYTES = 50_000_000;

export class MeilisearchIndex implements FirstStageIndex {
  readonly #engine: MeilisearchConnection;
  readonly #batchSize: number;
  readonly #batchBytes: number;

  constructor(options: MeilisearchIndexOptions) {
    this.#engine = new MeilisearchConnection(options);
    this.#batchSize = positiveInteger('batchSize', options.batchSize ?? DEFAULT_BATCH_SIZE);
    this.#batchBytes = positiveInteger('batchBytes', options.batchBytes ?? DEFAULT_BATCH_BYTES);
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
    for (const body of jsonBatches(documents, this.#batchSize, this.#batchBytes)) {
      await this.#engine.runTask((client) =>
        client
          .index(uid)
          .addDocumentsFromString(body, 'application/json', { primaryKey: FIELDS.key }),
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

/**
 * JSON arrays of at most `size` documents and `bytes` bytes, each document serialised once, as
 * it is reached. A document bigger than `bytes` on its own goes alone (the catalog's limits keep
 * products far below the engine's payload limit).
 */
function* jsonBatches(
  documents: readonly SearchDocument[],
  size: number,
  bytes: number,
): Generator<string> {
  let batch: string[] = [];
  let batchBytes = 2; // the brackets
  for (const document of documents) {
    const json = JSON.stringify(toMeilisearchDocument(document));
    const jsonBytes = Buffer.byteLength(json);
    // After the first document, each one also takes a comma.
    if (batch.length && (batch.length === size || batchBytes + 1 + jsonBytes > bytes)) {
      yield `[${batch.join(',')}]`;
      batch = [];
      batchBytes = 2;
    }
    batchBytes += (batch.length ? 1 : 0) + jsonBytes;
    batch.push(json);
  }
  if (batch.length) yield `[${batch.join(',')}]`;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(`${name} must be a positive integer, got ${value}`);
  }
  return value;
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
