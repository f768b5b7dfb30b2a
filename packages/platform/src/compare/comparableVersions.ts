// The index versions an analyst can rank against in a comparison: every one but the failed,
// newest first. Read-only and without sizes; managing versions stays with merchants.
import type { IndexVersion } from '@shopsearch/db';
import type { DatabaseDeps } from '../databaseDeps.ts';

export type ComparableVersion = Pick<
  IndexVersion,
  'id' | 'model' | 'codec' | 'state' | 'createdAt'
>;

export function comparableVersions(
  { prisma }: DatabaseDeps,
  storeId: number,
): Promise<ComparableVersion[]> {
  return prisma.indexVersion.findMany({
    where: { storeId, state: { not: 'failed' } },
    orderBy: { id: 'desc' },
    select: { id: true, model: true, codec: true, state: true, createdAt: true },
  });
}
