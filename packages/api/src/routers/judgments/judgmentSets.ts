// Judgment sets in the database: reading one as qrels, writing parsed qrels, finding one of a
// store (NOT_FOUND otherwise). Shared by the judgments, compare and evaluation procedures.
import { TRPCError } from '@trpc/server';
import type { PrismaClient } from '@shopsearch/db';
import { isGrade, type Grade, type Qrels } from '@shopsearch/eval';

export async function requireSet(prisma: PrismaClient, storeId: number, setId: number) {
  const set = await prisma.judgmentSet.findFirst({ where: { id: setId, storeId } });
  if (!set)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'This judgment set does not exist in this store.',
    });
  return set;
}

export async function loadQrels(prisma: PrismaClient, setId: number): Promise<Qrels> {
  const rows = await prisma.judgment.findMany({
    where: { judgmentSetId: setId },
    orderBy: [{ query: 'asc' }],
  });
  const qrels = new Map<string, Map<string, Grade>>();
  for (const row of rows) {
    if (!isGrade(row.grade)) continue;
    let judgments = qrels.get(row.query);
    if (!judgments) qrels.set(row.query, (judgments = new Map()));
    judgments.set(row.productId, row.grade);
  }
  return qrels;
}

/** Replaces a set's judgments with `qrels` (creating the set), in one transaction. */
export async function saveQrels(prisma: PrismaClient, storeId: number, name: string, qrels: Qrels) {
  const data = (setId: number) =>
    [...qrels].flatMap(([query, judgments]) =>
      [...judgments].map(([productId, grade]) => ({
        judgmentSetId: setId,
        query,
        productId,
        grade,
      })),
    );
  return prisma.$transaction(
    async (tx) => {
      const set = await tx.judgmentSet.upsert({
        where: { storeId_name: { storeId, name } },
        create: { storeId, name },
        update: {},
      });
      await tx.judgment.deleteMany({ where: { judgmentSetId: set.id } });
      await tx.judgment.createMany({ data: data(set.id) });
      return set;
    },
    { timeout: 60_000 },
  );
}
