import { z } from 'zod';
import { MAX_SUGGEST_PREFIX_LENGTH } from '../../searchText.ts';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZSearchSuggestInputSchema = z
  .object({
    store: ZStoreSlug,
    prefix: z
      .string()
      .max(
        MAX_SUGGEST_PREFIX_LENGTH,
        `the text is too long for suggestions (at most ${MAX_SUGGEST_PREFIX_LENGTH} characters)`,
      ),
    limit: z.number().int().min(1).max(20).default(8),
  })
  .strict();

export type TSearchSuggestInputSchema = z.infer<typeof ZSearchSuggestInputSchema>;
