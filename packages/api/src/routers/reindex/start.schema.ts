import { z } from 'zod';
import { CODEC_NAMES } from '@shopsearch/colbert';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZStartReindexInputSchema = z
  .object({
    store: ZStoreSlug,
    /** Incremental re-encodes only products changed since the active version (falls back to full). */
    kind: z.enum(['full', 'incremental']).default('incremental'),
    /** Another model or codec builds a new index version beside the active one. */
    model: z.string().min(1).max(100).optional(),
    codec: z.enum(CODEC_NAMES as readonly ['float32', 'float16', 'int8', 'tokenid']).optional(),
  })
  .strict();

export type TStartReindexInputSchema = z.infer<typeof ZStartReindexInputSchema>;
