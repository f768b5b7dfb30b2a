import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZStoreInfoInputSchema = z.object({ store: ZStoreSlug }).strict();

export type TStoreInfoInputSchema = z.infer<typeof ZStoreInfoInputSchema>;
