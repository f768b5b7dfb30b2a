import { z } from 'zod';
import { ZSuggestPrefix } from '@shopsearch/search';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZSearchSuggestInputSchema = z
  .object({
    store: ZStoreSlug,
    prefix: ZSuggestPrefix,
    limit: z.number().int().min(1).max(20).default(8),
  })
  .strict();

export type TSearchSuggestInputSchema = z.infer<typeof ZSearchSuggestInputSchema>;
