import { z } from 'zod';
import {
  DEFAULT_RANKING,
  SEARCH_LIMITS,
  SORT_ORDERS,
  ZRankingSettings,
  ZSearchFilters,
  ZSearchText,
} from '@shopsearch/search';
import { ZStoreSlug } from '../shared.schema.ts';

export const ZSearchQueryInputSchema = z
  .object({
    store: ZStoreSlug,
    q: ZSearchText.default(''),
    filters: ZSearchFilters.default({}),
    sort: z.enum(SORT_ORDERS).default('relevance'),
    page: z.number().int().min(0).max(SEARCH_LIMITS.lastPage).default(0),
    pageSize: z.number().int().min(1).max(SEARCH_LIMITS.pageSize).default(24),
    facets: z.boolean().default(true),
    ranking: ZRankingSettings.default(DEFAULT_RANKING),
  })
  .strict();

export type TSearchQueryInputSchema = z.infer<typeof ZSearchQueryInputSchema>;
