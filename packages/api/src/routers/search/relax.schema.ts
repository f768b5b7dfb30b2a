import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';
import { MAX_QUERY_LENGTH, ZSearchFilters } from './query.schema.ts';

export const ZSearchRelaxInputSchema = z
  .object({
    store: ZStoreSlug,
    q: z.string().max(MAX_QUERY_LENGTH).default(''),
    filters: ZSearchFilters.default({}),
  })
  .strict();

export type TSearchRelaxInputSchema = z.infer<typeof ZSearchRelaxInputSchema>;
