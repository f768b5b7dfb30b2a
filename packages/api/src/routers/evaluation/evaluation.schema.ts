import { z } from 'zod';
import { ZSearchConfiguration } from '@shopsearch/search';
import { ZRowId, ZStoreSlug } from '../shared.schema.ts';

export const ZRunEvaluationInputSchema = z
  .object({
    store: ZStoreSlug,
    setId: ZRowId,
    configurations: z
      .array(ZSearchConfiguration)
      .min(1)
      .max(4, 'evaluate at most four configurations at once'),
    name: z.string().trim().max(100).default(''),
  })
  .strict();

export const ZRunInputSchema = z.object({ store: ZStoreSlug, runId: ZRowId }).strict();
export const ZListRunsInputSchema = z.object({ store: ZStoreSlug }).strict();

export type TRunEvaluationInputSchema = z.infer<typeof ZRunEvaluationInputSchema>;
export type TRunInputSchema = z.infer<typeof ZRunInputSchema>;
