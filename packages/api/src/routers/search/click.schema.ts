import { z } from 'zod';
import { SEARCH_LIMITS, ZSearchText } from '@shopsearch/search';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZSearchClickInputSchema = z
  .object({
    store: ZStoreSlug,
    q: ZSearchText,
    productId: z.string().min(1).max(200),
    /** 0-based over all pages: at most the last page's last result. */
    position: z
      .number()
      .int()
      .min(0)
      .max(SEARCH_LIMITS.lastPage * SEARCH_LIMITS.pageSize - 1),
  })
  .strict();

export type TSearchClickInputSchema = z.infer<typeof ZSearchClickInputSchema>;
