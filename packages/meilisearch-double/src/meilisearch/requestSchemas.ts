// The request bodies the double accepts, field by field, after the Meilisearch API reference.
// Unknown fields are refused with `bad_request`, a badly typed field with Meilisearch's
// per-field code (`invalid_search_limit`, `invalid_settings_ranking_rules`, …). Only the
// parameters the double implements are listed: anything else is refused rather than ignored.
import { z } from 'zod';
import { badRequest } from './httpError.ts';

const strings = z.array(z.string());

export const searchParams = z.strictObject({
  q: z.string().nullable().optional(),
  offset: z.int().nonnegative().optional(),
  limit: z.int().nonnegative().optional(),
  filter: z
    .union([z.string(), z.array(z.union([z.string(), strings]))])
    .nullable()
    .optional(),
  facets: strings.nullable().optional(),
  sort: strings.nullable().optional(),
  attributesToRetrieve: strings.optional(),
  attributesToSearchOn: strings.nullable().optional(),
  matchingStrategy: z.enum(['all', 'last']).optional(),
  showRankingScore: z.boolean().optional(),
  showRankingScoreDetails: z.boolean().optional(),
});
export type SearchParams = z.infer<typeof searchParams>;

/** Each query is parsed on its own, so its errors can name its position. */
export const multiSearchBody = z.strictObject({ queries: z.array(z.unknown()) });
export const multiSearchQuery = searchParams.extend({ indexUid: z.string() });

export const createIndexBody = z.strictObject({
  uid: z.string(),
  primaryKey: z.string().nullable().optional(),
});

export const settingsBody = z.strictObject({
  searchableAttributes: strings.nullable().optional(),
  filterableAttributes: strings.nullable().optional(),
  sortableAttributes: strings.nullable().optional(),
  rankingRules: strings.nullable().optional(),
  typoTolerance: z
    .strictObject({
      enabled: z.boolean().nullable().optional(),
      minWordSizeForTypos: z
        .strictObject({
          oneTypo: z.int().min(0).max(255).nullable().optional(),
          twoTypos: z.int().min(0).max(255).nullable().optional(),
        })
        .optional(),
      disableOnAttributes: strings.nullable().optional(),
    })
    .nullable()
    .optional(),
  synonyms: z.record(z.string(), strings).nullable().optional(),
  faceting: z
    .strictObject({
      maxValuesPerFacet: z.int().nonnegative().nullable().optional(),
      sortFacetValuesBy: z
        .record(z.string(), z.enum(['alpha', 'count']))
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
  pagination: z
    .strictObject({ maxTotalHits: z.int().positive().nullable().optional() })
    .nullable()
    .optional(),
});
export type SettingsBody = z.infer<typeof settingsBody>;

export const documentsBody = z.array(z.record(z.string(), z.unknown()));

export const documentIdsBody = z.array(z.union([z.string(), z.int()]));

/**
 * Parses a body, or throws the error Meilisearch gives: `bad_request` for unknown fields and
 * malformed payloads, `${codePrefix}_${field}` for a field of the wrong type.
 */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, codePrefix: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  if (issue.code === 'unrecognized_keys') {
    throw badRequest('bad_request', `Unknown field \`${issue.keys[0]}\` at \`${at || '.'}\`.`);
  }
  // Meilisearch names the error after the top-level field (`invalid_settings_typo_tolerance`).
  const field = issue.path.find((p) => typeof p === 'string');
  const code = typeof field === 'string' ? `${codePrefix}_${snakeCase(field)}` : 'bad_request';
  throw badRequest(code, `Invalid value at \`${at || '.'}\`: ${issue.message}`);
}

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
