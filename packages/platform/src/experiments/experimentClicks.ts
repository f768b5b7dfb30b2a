// A shopper followed a result of an interleaved page: the click is credited to the configuration
// that contributed the product, read from the stored impression (never from the browser).
//
// Refused with ImpressionNotFoundError (one answer, nothing written): an impression that does not
// exist, belongs to another store or another visitor id, or whose experiment has stopped, and a
// product that was not at that position. A repeated click on the same position is not a new one
// (answered `counted: false`). A visitor id with MAX_CLICKS_PER_HOUR clicks in the last hour gets
// ClickLimitError: a flood from one session is not counted.
import { z } from 'zod';
import type { DatabaseDeps } from '../databaseDeps.ts';
import { ClickLimitError, ImpressionNotFoundError } from './experimentErrors.ts';

export const MAX_CLICKS_PER_HOUR = 30;

export interface ClickInput {
  storeId: number;
  impressionId: string;
  /** 0-based position on the impression's page. */
  position: number;
  productId: string;
  visitorId: string | null;
}

const ZStoredItems = z.array(z.object({ id: z.string(), team: z.enum(['a', 'b', 'both']) }));

export async function recordClick(
  { prisma }: DatabaseDeps,
  click: ClickInput,
): Promise<{ counted: boolean }> {
  const impression = await prisma.experimentImpression.findUnique({
    where: { id: click.impressionId },
    include: { experiment: { select: { runningStoreId: true } } },
  });
  if (
    !impression ||
    impression.storeId !== click.storeId ||
    impression.visitorId !== click.visitorId ||
    impression.experiment.runningStoreId === null
  ) {
    throw new ImpressionNotFoundError();
  }
  const item = storedItems(impression.items)[click.position];
  if (!item || item.id !== click.productId) throw new ImpressionNotFoundError();
  const recent = await prisma.experimentClick.count({
    where: {
      impression: { visitorId: impression.visitorId },
      createdAt: { gte: new Date(Date.now() - 3_600_000) },
    },
  });
  if (recent >= MAX_CLICKS_PER_HOUR) throw new ClickLimitError();
  const written = await prisma.experimentClick.createMany({
    data: [
      {
        impressionId: impression.id,
        position: click.position,
        productId: item.id,
        team: item.team,
      },
    ],
    skipDuplicates: true,
  });
  return { counted: written.count === 1 };
}

function storedItems(json: unknown) {
  const parsed = ZStoredItems.safeParse(json);
  return parsed.success ? parsed.data : [];
}
