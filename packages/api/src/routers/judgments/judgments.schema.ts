import { z } from 'zod';
import { ZRowId, ZStoreSlug } from '../shared.schema.ts';

export const ZListSetsInputSchema = z.object({ store: ZStoreSlug }).strict();

export const ZImportCsvInputSchema = z
  .object({
    store: ZStoreSlug,
    name: z.string().trim().min(1, 'name the judgment set').max(100),
    /** The file's text: `query,docid,rating` rows, header optional. */
    csv: z.string().max(20 * 1024 * 1024, 'the file is too large (at most 20 MB)'),
  })
  .strict();

export const ZImportBundledInputSchema = z.object({ store: ZStoreSlug }).strict();

export const ZRateInputSchema = z
  .object({
    store: ZStoreSlug,
    setId: ZRowId,
    query: z.string().trim().min(1).max(500),
    productId: z.string().min(1).max(200),
    /** Null removes the judgment. */
    grade: z.number().int().min(0).max(3).nullable(),
  })
  .strict();

export const ZSetInputSchema = z.object({ store: ZStoreSlug, setId: ZRowId }).strict();

export const ZGradesInputSchema = z
  .object({ store: ZStoreSlug, setId: ZRowId, query: z.string().trim().max(500) })
  .strict();

export type TImportCsvInputSchema = z.infer<typeof ZImportCsvInputSchema>;
export type TRateInputSchema = z.infer<typeof ZRateInputSchema>;
export type TSetInputSchema = z.infer<typeof ZSetInputSchema>;
export type TGradesInputSchema = z.infer<typeof ZGradesInputSchema>;
