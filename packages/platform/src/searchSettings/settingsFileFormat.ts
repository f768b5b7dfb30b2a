// The search-settings file a store exports and another (or the same) imports: its synonym lines
// as the merchant writes them and its rules without ids, so a file moves between stores. Bounded
// so a file is read whole before anything is written.
import { z } from 'zod';
import { RULE_LIMITS, SYNONYM_LIMITS, ZSearchFilters } from '@shopsearch/search';

export const SETTINGS_FILE_FORMAT = 'shopsearch-search-settings';

/** Characters in an imported file (10,000 synonym lines and 1,000 rules fit with room). */
export const MAX_SETTINGS_FILE_CHARS = 5_000_000;

const ZWhen = z.iso
  .datetime({ offset: true, message: 'give dates as ISO timestamps' })
  .nullable()
  .default(null);

export const ZFileRule = z
  .object({
    query: z.string().max(RULE_LIMITS.queryLength),
    match: z.enum(['exact', 'contains']),
    action: z.enum(['pin', 'hide', 'boost']),
    productId: z.string().max(200).nullable().default(null),
    position: z.number().int().nullable().default(null),
    factor: z.number().nullable().default(null),
    filter: ZSearchFilters.nullable().default(null),
    enabled: z.boolean().default(true),
    startsAt: ZWhen,
    endsAt: ZWhen,
  })
  .strict();

export const ZSettingsFile = z
  .object({
    format: z.literal(
      SETTINGS_FILE_FORMAT,
      `this is not a search-settings file (format "${SETTINGS_FILE_FORMAT}")`,
    ),
    version: z.literal(1, 'only version 1 of the file is known'),
    exportedAt: z.string().optional(),
    store: z.string().optional(),
    synonyms: z
      .array(z.string())
      .max(SYNONYM_LIMITS.lines, `at most ${SYNONYM_LIMITS.lines} synonym lines`),
    rules: z.array(ZFileRule).max(RULE_LIMITS.rules, `at most ${RULE_LIMITS.rules} rules`),
  })
  .strict();

export type SettingsFile = z.infer<typeof ZSettingsFile>;
export type FileRule = z.infer<typeof ZFileRule>;
