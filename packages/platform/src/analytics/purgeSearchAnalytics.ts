// Retention of the storefront's search analytics: search events and search clicks older than the
// platform's `analyticsRetentionDays` are deleted every hour (createPlatform). Each statement
// deletes at most one batch of one store's rows through the (store_id, created_at) index, so a
// purge after a long pause is many short statements rather than one that locks both tables.
import type { DatabaseDeps } from '../databaseDeps.ts';

/** Analytics periods reach back at most a year; a little more is kept so a full year reads whole. */
export const DEFAULT_ANALYTICS_RETENTION_DAYS = 400;
const BATCH_ROWS = 5_000;

/** Deletes expired search events and clicks of every store; answers how many rows of each went. */
export async function purgeExpiredSearchAnalytics(
  { prisma }: DatabaseDeps,
  retentionDays: number,
  now: Date = new Date(),
): Promise<{ events: number; clicks: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const stores = await prisma.store.findMany({ select: { id: true } });
  let events = 0;
  let clicks = 0;
  for (const { id: storeId } of stores) {
    events += await deleteInBatches(
      () => prisma.$executeRaw`
        DELETE FROM search_event WHERE id IN (
          SELECT id FROM search_event
          WHERE store_id = ${storeId} AND created_at < ${cutoff} LIMIT ${BATCH_ROWS})`,
    );
    clicks += await deleteInBatches(
      () => prisma.$executeRaw`
        DELETE FROM search_click WHERE id IN (
          SELECT id FROM search_click
          WHERE store_id = ${storeId} AND created_at < ${cutoff} LIMIT ${BATCH_ROWS})`,
    );
  }
  return { events, clicks };
}

async function deleteInBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let deleted = 0;
  for (;;) {
    const gone = await deleteBatch();
    deleted += gone;
    if (gone < BATCH_ROWS) return deleted;
  }
}
