import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZListProductsInputSchema = z
  .object({
    store: ZStoreSlug,
    /** Every word in the title, brand or SKU, or at the start of the id (case-insensitive); or the exact id. */
    q: z.string().trim().max(200).default(''),
    page: z.number().int().min(0).max(10_000).default(0),
    pageSize: z.number().int().min(1).max(100).default(25),
  })
  .strict();

export type TListProductsInputSchema = z.infer<typeof ZListProductsInputSchema>;
