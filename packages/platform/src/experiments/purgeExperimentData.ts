// Retention: an experiment's impressions (and with them their clicks) are deleted once older than
// its `retentionDays` (DEFAULT_RETENTION_DAYS unless set at its start). Run by the platform every
// hour (createPlatform); an outcome read in between counts only the impressions within retention.
import type { DatabaseDeps } from '../databaseDeps.ts';

/** Deletes expired impressions and their clicks; answers how many impressions went. */
export async function purgeExpiredExperimentData(
  { prisma }: DatabaseDeps,
  now: Date = new Date(),
): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM experiment_impression AS i
    USING experiment AS e
    WHERE i.experiment_id = e.id
      AND i.created_at < ${now}::timestamptz - make_interval(days => e.retention_days)`;
}
