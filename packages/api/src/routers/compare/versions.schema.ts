import { z } from 'zod';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZCompareVersionsInputSchema = z.object({ store: ZStoreSlug }).strict();

export type TCompareVersionsInputSchema = z.infer<typeof ZCompareVersionsInputSchema>;
