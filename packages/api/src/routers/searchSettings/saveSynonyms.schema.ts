import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

/** 10,000 lines of a few terms each fit; the lines themselves are checked by the platform. */
export const MAX_SYNONYMS_TEXT = 1_000_000;

export const ZSaveSynonymsInputSchema = z
  .object({
    store: ZStoreSlug,
    /** One line per synonym group: "laptop, notebook" or "tv → television". */
    text: z
      .string()
      .max(MAX_SYNONYMS_TEXT, 'the synonyms can be at most 1,000,000 characters; split the list'),
  })
  .strict();
export type TSaveSynonymsInputSchema = z.infer<typeof ZSaveSynonymsInputSchema>;
