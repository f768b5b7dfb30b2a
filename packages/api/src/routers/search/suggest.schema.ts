import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZSearchSuggestInputSchema = z
  .object({
    store: ZStoreSlug,
    prefix: z.string().max(200, 'the text is too long for suggestions (at most 200 characters)'),
    limit: z.number().int().min(1).max(20).default(8),
  })
  .strict();

export type TSearchSuggestInputSchema = z.infer<typeof ZSearchSuggestInputSchema>;
