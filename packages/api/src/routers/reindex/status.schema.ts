import { z } from 'zod';
import { ZRowId, ZStoreSlug } from '../shared.schema.ts';

export const ZReindexStatusInputSchema = z
  .object({ store: ZStoreSlug, jobId: ZRowId.optional() })
  .strict();

export type TReindexStatusInputSchema = z.infer<typeof ZReindexStatusInputSchema>;

export const ZJobInputSchema = z.object({ store: ZStoreSlug, jobId: ZRowId }).strict();
export const ZVersionInputSchema = z.object({ store: ZStoreSlug, versionId: ZRowId }).strict();
export const ZStoreInputSchema = z.object({ store: ZStoreSlug }).strict();
