import { z } from 'zod';
import { ZSearchFilters, ZSearchText } from '@shopsearch/search';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZSearchRelaxInputSchema = z
  .object({
    store: ZStoreSlug,
    q: ZSearchText.default(''),
    filters: ZSearchFilters.default({}),
  })
  .strict();

export type TSearchRelaxInputSchema = z.infer<typeof ZSearchRelaxInputSchema>;
