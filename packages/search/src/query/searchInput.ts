// The zod schemas of a search's words, filters and ranking settings: the API's search, relax and
// compare inputs and the analysts' configurations are built from them, within SEARCH_LIMITS.
import { z } from 'zod';
import { AVAILABILITIES } from '../retrieval.ts';
import {
  isBlankSearchText,
  PROFILE_NAMES,
  RANKING_DEFAULTS,
  SEARCH_LIMITS as L,
} from './limits.ts';

/** A search's words; text with nothing visible in it (a stray zero-width space) is a browse. */
export const ZSearchText = z
  .string()
  .max(L.queryLength, `the query is too long (at most ${L.queryLength} characters)`)
  .transform((q) => (isBlankSearchText(q) ? '' : q));

export const ZSuggestPrefix = z
  .string()
  .max(
    L.suggestPrefixLength,
    `the text is too long for suggestions (at most ${L.suggestPrefixLength} characters)`,
  );

const ZMinorUnits = z.number().int().min(0).max(L.priceMinor);
const ZAttributeName = z
  .string()
  .regex(/^[A-Za-z0-9_]{1,100}$/, 'attribute names are letters, digits and _');

const minNotAboveMax = (r: { min?: number | undefined; max?: number | undefined }) =>
  r.min === undefined || r.max === undefined || r.min <= r.max;

export const ZNumericRange = z
  .object({ min: z.number().finite().optional(), max: z.number().finite().optional() })
  .strict()
  .refine(minNotAboveMax, 'min must not exceed max');

const ZAttributeFilter = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('text'),
      anyOf: z.array(z.string().max(L.attributeValueLength)).min(1).max(L.listValues),
    })
    .strict(),
  z.object({ kind: z.literal('numeric'), range: ZNumericRange }).strict(),
  z.object({ kind: z.literal('boolean'), value: z.boolean() }).strict(),
]);

export const ZSearchFilters = z
  .object({
    brands: z.array(z.string().min(1).max(L.brandLength)).max(L.listValues).optional(),
    price: z
      .object({ min: ZMinorUnits.optional(), max: ZMinorUnits.optional() })
      .strict()
      .refine(minNotAboveMax, 'min must not exceed max')
      .optional(),
    availability: z.array(z.enum(AVAILABILITIES)).max(AVAILABILITIES.length).optional(),
    attributes: z
      .record(ZAttributeName, ZAttributeFilter)
      .refine(
        (r) => Object.keys(r).length <= L.attributeFilters,
        `at most ${L.attributeFilters} attribute filters`,
      )
      .optional(),
  })
  .strict();

/** How a search ranks: the profile and its settings, and how many candidates MaxSim reorders. */
export const ZRankingSettings = z
  .object({
    profile: z.enum(PROFILE_NAMES).default('hybrid'),
    fusion: z.enum(['weighted', 'rrf']).default('weighted'),
    /** Weight of MaxSim in weighted fusion (0 = lexical only, 1 = MaxSim only). */
    hybridWeight: z.number().min(0).max(1).default(RANKING_DEFAULTS.hybridWeight),
    /** Weighted fusion: how much a long title costs, `prior · ln(1 + words)` (0 = off). */
    titleLengthPrior: z.number().min(0).max(1).default(RANKING_DEFAULTS.titleLengthPrior),
    rerankDepth: z.number().int().min(0).max(L.rerankDepth).default(RANKING_DEFAULTS.rerankDepth),
    /** Candidates found by meaning beside the K (static models); 0 = none. */
    meaningCandidates: z
      .number()
      .int()
      .min(0)
      .max(L.meaningCandidates)
      .default(RANKING_DEFAULTS.meaningCandidates),
    /** Product-type intent by meaning ("laptop" → the catalog's type "Notebook"). */
    productTypeIntent: z.boolean().default(RANKING_DEFAULTS.productTypeIntent),
  })
  .strict();

export type RankingSettings = z.infer<typeof ZRankingSettings>;

/** The storefront's ranking: the default profile, 200 candidates reranked. */
export const DEFAULT_RANKING: RankingSettings = ZRankingSettings.parse({});
