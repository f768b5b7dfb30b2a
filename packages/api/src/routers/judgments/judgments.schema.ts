import { z } from 'zod';
import { MAX_NOTE_LENGTH } from '@shopsearch/platform';
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

const ZQuery = z.string().trim().min(1, 'name the query').max(500);

export const ZSaveNoteInputSchema = z
  .object({
    store: ZStoreSlug,
    setId: ZRowId,
    query: ZQuery,
    /** Empty removes the note. */
    text: z.string().max(MAX_NOTE_LENGTH, `a note holds at most ${MAX_NOTE_LENGTH} characters`),
  })
  .strict();

export const ZNotesInputSchema = z
  .object({
    store: ZStoreSlug,
    setId: ZRowId,
    /** Only these queries' notes (a compare's query, a run's queries); all when absent. */
    queries: z.array(ZQuery).max(5000).optional(),
  })
  .strict();

export type TSaveNoteInputSchema = z.infer<typeof ZSaveNoteInputSchema>;
export type TNotesInputSchema = z.infer<typeof ZNotesInputSchema>;
export type TImportCsvInputSchema = z.infer<typeof ZImportCsvInputSchema>;
export type TRateInputSchema = z.infer<typeof ZRateInputSchema>;
export type TSetInputSchema = z.infer<typeof ZSetInputSchema>;
export type TGradesInputSchema = z.infer<typeof ZGradesInputSchema>;

export const ZProposeFromClicksInputSchema = z
  .object({
    store: ZStoreSlug,
    /** A (query, product) pair needs this many impressions for a proposal (default 5). */
    minImpressions: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const ZSaveFromClicksInputSchema = z
  .object({
    store: ZStoreSlug,
    name: z.string().trim().min(1, 'name the judgment set').max(100),
    judgments: z
      .array(
        z
          .object({
            query: ZQuery,
            productId: z.string().min(1).max(200),
            grade: z.number().int().min(0).max(3),
          })
          .strict(),
      )
      .min(1, 'choose at least one judgment to save')
      .max(5000, 'at most 5,000 judgments at once'),
  })
  .strict();

export type TProposeFromClicksInputSchema = z.infer<typeof ZProposeFromClicksInputSchema>;
export type TSaveFromClicksInputSchema = z.infer<typeof ZSaveFromClicksInputSchema>;
