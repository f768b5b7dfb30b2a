import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZReindexStatusInputSchema = z
  .object({ store: ZStoreSlug, jobId: z.number().int().positive().optional() })
  .strict();

export type TReindexStatusInputSchema = z.infer<typeof ZReindexStatusInputSchema>;

export const ZJobInputSchema = z
  .object({ store: ZStoreSlug, jobId: z.number().int().positive() })
  .strict();
export const ZVersionInputSchema = z
  .object({ store: ZStoreSlug, versionId: z.number().int().positive() })
  .strict();
export const ZStoreInputSchema = z.object({ store: ZStoreSlug }).strict();
