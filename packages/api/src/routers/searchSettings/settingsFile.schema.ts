import { z } from 'zod';
import { MAX_SETTINGS_FILE_CHARS } from '@shopsearch/platform';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZExportSettingsInputSchema = z.object({ store: ZStoreSlug }).strict();

/** The file's text as uploaded; the platform reads and checks it whole before writing. */
export const ZImportSettingsInputSchema = z
  .object({
    store: ZStoreSlug,
    text: z
      .string()
      .min(1, 'choose a file')
      .max(
        MAX_SETTINGS_FILE_CHARS,
        `the file can be at most ${MAX_SETTINGS_FILE_CHARS.toLocaleString('en-US')} characters`,
      ),
    mode: z.enum(['replace', 'merge']),
  })
  .strict();

export type TExportSettingsInputSchema = z.infer<typeof ZExportSettingsInputSchema>;
export type TImportSettingsInputSchema = z.infer<typeof ZImportSettingsInputSchema>;
