import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZDeleteProductInputSchema = z
  .object({ store: ZStoreSlug, id: z.string().min(1).max(200) })
  .strict();

export type TDeleteProductInputSchema = z.infer<typeof ZDeleteProductInputSchema>;
