import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZSynonymsInputSchema = z.object({ store: ZStoreSlug }).strict();
export type TSynonymsInputSchema = z.infer<typeof ZSynonymsInputSchema>;
