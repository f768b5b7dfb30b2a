// Index versions: a re-index builds a new version beside the active one; activation retires the
// old one in the same transaction, so searches see either the old index or the new, never a mix.
import type { IndexVersion, PrismaClient } from '@shopsearch/db';
import { IndexVersionStateError, NotFoundInStoreError } from './errors.ts';

type Tx = Pick<PrismaClient, 'indexVersion'>;

export async function activateVersion(tx: Tx, storeId: number, versionId: number): Promise<void> {
  const now = new Date();
  await tx.indexVersion.updateMany({
    where: { storeId, state: 'active', id: { not: versionId } },
    data: { state: 'retired', retiredAt: now },
  });
  const { count } = await tx.indexVersion.updateMany({
    where: { id: versionId, storeId, state: 'building' },
    data: { state: 'active', activatedAt: now },
  });
  if (count !== 1)
    throw new IndexVersionStateError(
      `Index version ${versionId} is not being built, so it cannot be activated.`,
    );
}

export function listVersions(prisma: PrismaClient, storeId: number): Promise<IndexVersion[]> {
  return prisma.indexVersion.findMany({ where: { storeId }, orderBy: { id: 'desc' } });
}

/** Retires a version that is not serving; its token rows stay until `deleteRetiredVersions`. */
export async function retireVersion(
  prisma: PrismaClient,
  storeId: number,
  versionId: number,
): Promise<void> {
  const version = await prisma.indexVersion.findFirst({ where: { id: versionId, storeId } });
  if (!version) throw new NotFoundInStoreError('index version', versionId);
  if (version.state === 'active') {
    throw new IndexVersionStateError(
      'The active index version serves searches; activate another before retiring it.',
    );
  }
  if (version.state === 'building') {
    throw new IndexVersionStateError(
      'This index version is still being built; cancel its job instead.',
    );
  }
  await prisma.indexVersion.update({
    where: { id: versionId },
    data: { state: 'retired', retiredAt: new Date() },
  });
}

/** Removes retired and failed versions with their token rows; returns how many versions went. */
export async function deleteRetiredVersions(
  prisma: PrismaClient,
  storeId: number,
): Promise<number> {
  const { count } = await prisma.indexVersion.deleteMany({
    where: { storeId, state: { in: ['retired', 'failed'] } },
  });
  return count;
}
