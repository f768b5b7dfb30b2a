// One batch, start to finish: load its products, encode them, sync them to the first stage, then
// commit their token rows, failures and the job's counters in one transaction that first checks
// this worker still holds the batch. A batch is thereby counted exactly once, even when a slow
// worker loses its lease to another.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Prisma, PrismaClient, Product } from '@shopsearch/db';
import {
  documentText,
  titleWordCount,
  toSearchDocument,
  type FirstStageIndex,
} from '@shopsearch/search';
import type { ClaimedBatch } from './batchClaim.ts';
import type { DocumentEncoder, PackedEmbedding } from './documentEncoder.ts';

export interface BatchOutcome {
  indexed: number;
  failed: number;
}

interface ProductFailure {
  productId: string;
  reason: string;
}

export class LostLeaseError extends Error {
  override name = 'LostLeaseError';
}

export async function processBatch(
  prisma: PrismaClient,
  firstStage: FirstStageIndex,
  encoder: DocumentEncoder,
  job: { id: number; storeId: number; indexVersionId: number },
  batch: ClaimedBatch,
  workerId: string,
): Promise<BatchOutcome> {
  const products = await prisma.product.findMany({
    where: { storeId: job.storeId, id: { in: batch.productIds } },
  });
  // Each step's promises resolve as microtasks (an embedded database answers at once), which
  // would run the whole batch without letting a request in; each step yields to the event loop.
  await yieldToEventLoop();
  const { encoded, failures } = await encodeIsolatingFailures(encoder, products);
  await yieldToEventLoop();
  await firstStage.upsert(
    job.storeId,
    encoded.map(({ product }) => toSearchDocument(product)),
  );
  await yieldToEventLoop();
  // Products deleted since the job was planned are gone: they count as processed, not failed.
  await prisma.$transaction(async (tx) => {
    const owned = await tx.reindexBatch.updateMany({
      where: { id: batch.id, state: 'running', lockedBy: workerId },
      data: { state: 'done', finishedAt: new Date() },
    });
    if (owned.count !== 1)
      throw new LostLeaseError(`batch ${batch.id} was taken over by another worker`);
    await insertEmbeddings(tx, job, encoder.codec, encoded);
    if (failures.length) {
      await tx.reindexFailure.createMany({ data: failures.map((f) => ({ jobId: job.id, ...f })) });
    }
    await tx.reindexJob.update({
      where: { id: job.id },
      data: {
        processed: { increment: batch.productIds.length },
        failedCount: { increment: failures.length },
      },
    });
  });
  return { indexed: encoded.length, failed: failures.length };
}

/** Encodes the batch at once; if that fails, product by product, so one bad product fails alone. */
async function encodeIsolatingFailures(encoder: DocumentEncoder, products: Product[]) {
  const texts = products.map((p) => documentText(p));
  try {
    const embeddings = await encoder.encode(texts);
    return {
      encoded: products.map((product, i) => ({ product, embedding: embeddings[i]! })),
      failures: [],
    };
  } catch {
    const encoded: { product: Product; embedding: PackedEmbedding }[] = [];
    const failures: ProductFailure[] = [];
    for (const [i, product] of products.entries()) {
      try {
        const [embedding] = await encoder.encode([texts[i]!]);
        encoded.push({ product, embedding: embedding! });
      } catch (error) {
        failures.push({
          productId: product.id,
          reason: `encoding failed: ${(error as Error).message}`,
        });
      }
    }
    return { encoded, failures };
  }
}

/**
 * The batch's token rows in one statement over arrays (a row's token ids travel as an array
 * literal: the rows' lengths differ). Prisma's createMany builds and binds every row's values,
 * which costs ~0.2 ms of CPU a row on the process that runs it. A row already there (a batch
 * retried after a lost lease) is left as it is.
 */
function insertEmbeddings(
  tx: Prisma.TransactionClient,
  job: { storeId: number; indexVersionId: number },
  codec: string,
  encoded: { product: Product; embedding: PackedEmbedding }[],
) {
  const column = <T>(pick: (e: (typeof encoded)[number]) => T) => encoded.map(pick);
  return tx.$executeRaw`
    INSERT INTO product_embedding (index_version_id, store_id, product_id, token_count, codec,
      vectors, token_ids, content_hash, title_words)
    SELECT ${job.indexVersionId}, ${job.storeId}, e.product_id, e.token_count, ${codec},
      e.vectors, e.token_ids::int[], e.content_hash, e.title_words
    FROM unnest(
      ${column((e) => e.product.id)}::text[],
      ${column((e) => e.embedding.tokenCount)}::int[],
      ${column((e) => e.embedding.vectors)}::bytea[],
      ${column((e) => `{${e.embedding.tokenIds.join(',')}}`)}::text[],
      ${column((e) => e.product.contentHash)}::text[],
      ${column((e) => titleWordCount(e.product.title))}::int[]
    ) AS e(product_id, token_count, vectors, token_ids, content_hash, title_words)
    ON CONFLICT DO NOTHING`;
}
