import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';
import { ZSearchFilters, ZSearchText } from './query.schema.ts';

export const ZSearchRelaxInputSchema = z
  .object({
    store: ZStoreSlug,
    q: ZSearchText.default(''),
    filters: ZSearchFilters.default({}),
  })
  .strict();

export type TSearchRelaxInputSchema = z.infer<typeof ZSearchRelaxInputSchema>;
