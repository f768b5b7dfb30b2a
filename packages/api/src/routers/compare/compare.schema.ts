import { z } from 'zod';
import { ZSearchConfiguration, ZSearchFilters, ZSearchText } from '@shopsearch/search';
import { ZRowId, ZStoreSlug } from '../shared.schema.ts';

export const ZCompareInputSchema = z
  .object({
    store: ZStoreSlug,
    q: ZSearchText,
    filters: ZSearchFilters.default({}),
    configurations: z
      .array(ZSearchConfiguration)
      .min(2, 'compare at least two rankings')
      .max(3, 'compare at most three rankings'),
    /** How many hits of each ranking to show and compare. */
    depth: z.number().int().min(5).max(50).default(20),
    /** Show each hit's grade from this judgment set. */
    judgmentSetId: ZRowId.optional(),
  })
  .strict();

export type TCompareInputSchema = z.infer<typeof ZCompareInputSchema>;
