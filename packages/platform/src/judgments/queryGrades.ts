// The grades one query's products have in a judgment set: shown beside each hit while an analyst
// rates (judgments.grades) and compares rankings.
import type { DatabaseDeps } from '../databaseDeps.ts';
import { requireSet } from './judgmentSets.ts';

/** Grade by product id; JudgmentSetNotFoundError when the set is not the store's. */
export async function queryGrades(
  deps: DatabaseDeps,
  storeId: number,
  setId: number,
  query: string,
): Promise<Map<string, number>> {
  await requireSet(deps, storeId, setId);
  const rows = await deps.prisma.judgment.findMany({
    where: { judgmentSetId: setId, query },
    select: { productId: true, grade: true },
  });
  return new Map(rows.map((r) => [r.productId, r.grade]));
}
