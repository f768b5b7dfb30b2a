import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZAnalyticsSummaryInputSchema = z
  .object({
    store: ZStoreSlug,
    from: z.coerce.date(),
    to: z.coerce.date(),
  })
  .strict()
  .refine((r) => r.from < r.to, { message: 'the period must end after it starts', path: ['to'] })
  .refine((r) => r.to.getTime() - r.from.getTime() <= 366 * 24 * 3600 * 1000, {
    message: 'the period can be at most a year',
    path: ['from'],
  });

export type TAnalyticsSummaryInputSchema = z.infer<typeof ZAnalyticsSummaryInputSchema>;
