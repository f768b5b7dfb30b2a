import { z } from 'zod';
import { CATALOG_FORMATS } from '@shopsearch/catalog';
import { ZStoreSlug } from '../shared.schema.ts';

/** A staged upload and how to read it: the format (else detected) and a column mapping. */
export const ZUploadInputSchema = z
  .object({
    store: ZStoreSlug,
    uploadId: z.string().regex(/^[0-9a-f]{32}$/, 'this is not an upload id'),
    format: z.enum(CATALOG_FORMATS).optional(),
    /** `{ ourField: 'theirColumn' }`; checked by the catalog (unknown fields are refused). */
    mapping: z.record(z.string().max(200), z.string().max(200)).optional(),
  })
  .strict();

export type TUploadInputSchema = z.infer<typeof ZUploadInputSchema>;
