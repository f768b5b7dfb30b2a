import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

// The database stores no dates before year 1 (a query with one fails), nor do calendars need them.
const ZCalendarDate = z.coerce
  .date()
  .min(new Date('0001-01-01T00:00:00Z'), 'dates run from year 1 to 9999')
  .max(new Date('9999-12-31T23:59:59.999Z'), 'dates run from year 1 to 9999');

export const ZAnalyticsSummaryInputSchema = z
  .object({
    store: ZStoreSlug,
    from: ZCalendarDate,
    to: ZCalendarDate,
  })
  .strict()
  .refine((r) => r.from < r.to, { message: 'the period must end after it starts', path: ['to'] })
  .refine((r) => r.to.getTime() - r.from.getTime() <= 366 * 24 * 3600 * 1000, {
    message: 'the period can be at most a year',
    path: ['from'],
  });

export type TAnalyticsSummaryInputSchema = z.infer<typeof ZAnalyticsSummaryInputSchema>;
