import { z } from 'zod';
import {
  AVAILABILITIES,
  DEFAULT_HYBRID_WEIGHT,
  DEFAULT_TITLE_LENGTH_PRIOR,
  PROFILE_NAMES,
  SORT_ORDERS,
} from '@shopsearch/search';
import { isBlankSearchText, MAX_QUERY_LENGTH } from '../../searchText.ts';
import { ZStoreSlug } from '../shared.schema.ts';

export const MAX_RERANK_DEPTH = 1000;
export const MAX_PAGE = 1000;

const ZMinorUnits = z.number().int().min(0).max(1e12);
const ZAttributeName = z
  .string()
  .regex(/^[A-Za-z0-9_]{1,100}$/, 'attribute names are letters, digits and _');

export const ZNumericRange = z
  .object({ min: z.number().finite().optional(), max: z.number().finite().optional() })
  .strict()
  .refine(
    (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
    'min must not exceed max',
  );

const ZAttributeFilter = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('text'), anyOf: z.array(z.string().max(500)).min(1).max(50) })
    .strict(),
  z.object({ kind: z.literal('numeric'), range: ZNumericRange }).strict(),
  z.object({ kind: z.literal('boolean'), value: z.boolean() }).strict(),
]);

/** A search's words; text with nothing visible in it (a stray zero-width space) is a browse. */
export const ZSearchText = z
  .string()
  .max(MAX_QUERY_LENGTH, `the query is too long (at most ${MAX_QUERY_LENGTH} characters)`)
  .transform((q) => (isBlankSearchText(q) ? '' : q));

export const ZSearchFilters = z
  .object({
    brands: z.array(z.string().min(1).max(200)).max(50).optional(),
    price: z
      .object({ min: ZMinorUnits.optional(), max: ZMinorUnits.optional() })
      .strict()
      .refine(
        (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
        'min must not exceed max',
      )
      .optional(),
    availability: z.array(z.enum(AVAILABILITIES)).max(4).optional(),
    attributes: z
      .record(ZAttributeName, ZAttributeFilter)
      .refine((r) => Object.keys(r).length <= 20, 'at most 20 attribute filters')
      .optional(),
  })
  .strict();

export const ZRankingInput = z
  .object({
    profile: z.enum(PROFILE_NAMES).default('hybrid'),
    fusion: z.enum(['weighted', 'rrf']).default('weighted'),
    /** Weight of MaxSim in weighted fusion (0 = lexical only, 1 = MaxSim only). */
    hybridWeight: z.number().min(0).max(1).default(DEFAULT_HYBRID_WEIGHT),
    /** Weighted fusion: how much a long title costs, `prior · ln(1 + words)` (0 = off). */
    titleLengthPrior: z.number().min(0).max(1).default(DEFAULT_TITLE_LENGTH_PRIOR),
    rerankDepth: z.number().int().min(0).max(MAX_RERANK_DEPTH).default(200),
  })
  .strict();

export const ZSearchQueryInputSchema = z
  .object({
    store: ZStoreSlug,
    q: ZSearchText.default(''),
    filters: ZSearchFilters.default({}),
    sort: z.enum(SORT_ORDERS).default('relevance'),
    page: z.number().int().min(0).max(MAX_PAGE).default(0),
    pageSize: z.number().int().min(1).max(100).default(24),
    facets: z.boolean().default(true),
    ranking: ZRankingInput.default({
      profile: 'hybrid',
      fusion: 'weighted',
      hybridWeight: DEFAULT_HYBRID_WEIGHT,
      titleLengthPrior: DEFAULT_TITLE_LENGTH_PRIOR,
      rerankDepth: 200,
    }),
  })
  .strict();

export type TSearchQueryInputSchema = z.infer<typeof ZSearchQueryInputSchema>;
