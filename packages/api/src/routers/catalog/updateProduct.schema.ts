import { z } from 'zod';
import { AVAILABILITIES } from '@shopsearch/search';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZUpdateProductInputSchema = z
  .object({
    store: ZStoreSlug,
    id: z.string().min(1).max(200),
    patch: z
      .object({
        title: z.string().trim().min(1, 'a product needs a title').max(1000),
        sku: z.string().trim().max(200),
        brand: z.string().trim().max(200),
        description: z.string().max(20_000),
        /** At most LIMITS.priceMinor, checked by the handler: the message needs the currency. */
        priceMinor: z.number().int().min(0, 'a price cannot be negative').nullable(),
        availability: z.enum(AVAILABILITIES),
        imageUrl: z.string().trim().url('the image must be a web address').max(2000).nullable(),
      })
      .partial()
      .strict()
      .refine((p) => Object.keys(p).length > 0, 'nothing to change'),
  })
  .strict();

export type TUpdateProductInputSchema = z.infer<typeof ZUpdateProductInputSchema>;
