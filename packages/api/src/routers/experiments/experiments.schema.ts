import { z } from 'zod';
import { ZSearchConfiguration, SEARCH_LIMITS } from '@shopsearch/search';
import { ZRowId, ZStoreSlug } from '../shared.schema.ts';

export const ZStartExperimentInputSchema = z
  .object({
    store: ZStoreSlug,
    configA: ZSearchConfiguration,
    configB: ZSearchConfiguration,
    /** Share of storefront visitors served interleaved results. */
    trafficPercent: z
      .number()
      .int('the traffic share is a whole percent')
      .min(1, 'an experiment needs at least 1 % of the traffic')
      .max(100, 'the traffic share is at most 100 %'),
    /** Days impressions and clicks are kept (default 30). */
    retentionDays: z.number().int().min(1).max(365).optional(),
  })
  .strict();

export const ZExperimentInputSchema = z
  .object({ store: ZStoreSlug, experimentId: ZRowId })
  .strict();
export const ZListExperimentsInputSchema = z.object({ store: ZStoreSlug }).strict();

export const ZClickInputSchema = z
  .object({
    store: ZStoreSlug,
    impressionId: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'not an impression id'),
    position: z
      .number()
      .int()
      .min(0)
      .max(SEARCH_LIMITS.pageSize - 1),
    productId: z.string().min(1).max(200),
  })
  .strict();

export type TStartExperimentInputSchema = z.infer<typeof ZStartExperimentInputSchema>;
export type TExperimentInputSchema = z.infer<typeof ZExperimentInputSchema>;
export type TClickInputSchema = z.infer<typeof ZClickInputSchema>;
