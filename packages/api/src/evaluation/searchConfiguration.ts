// A configuration an analyst can evaluate or compare: ranking profile, rerank depth and index
// version. Also the conversion to the pipeline's RankingProfile.
import { z } from 'zod';
import { ZRowId } from '../routers/shared.schema.ts';
import {
  DEFAULT_HYBRID_WEIGHT,
  DEFAULT_TITLE_LENGTH_PRIOR,
  PROFILE_NAMES,
  type RankingProfile,
} from '@shopsearch/search';

export const ZSearchConfiguration = z
  .object({
    /** Shown in tables and charts; defaults to a description of the settings. */
    label: z.string().trim().max(80).optional(),
    profile: z.enum(PROFILE_NAMES),
    fusion: z.enum(['weighted', 'rrf']).default('weighted'),
    hybridWeight: z.number().min(0).max(1).default(DEFAULT_HYBRID_WEIGHT),
    /** Weighted hybrid only: strength of the title-length prior (0 turns it off). */
    titleLengthPrior: z.number().min(0).max(1).default(DEFAULT_TITLE_LENGTH_PRIOR),
    rerankDepth: z.number().int().min(0).max(1000).default(200),
    /** Null or absent: the store's active index version. */
    indexVersionId: ZRowId.nullish(),
  })
  .strict();

export type SearchConfiguration = z.infer<typeof ZSearchConfiguration>;

export function toRankingProfile(
  config: Pick<SearchConfiguration, 'profile' | 'fusion' | 'hybridWeight' | 'titleLengthPrior'>,
): RankingProfile {
  if (config.profile === 'lexical') return { name: 'lexical' };
  if (config.profile === 'colbert') return { name: 'colbert' };
  return config.fusion === 'rrf'
    ? { name: 'hybrid', fusion: 'rrf', k: 60 }
    : {
        name: 'hybrid',
        fusion: 'weighted',
        weight: config.hybridWeight,
        titleLengthPrior: config.titleLengthPrior,
      };
}

export function describeConfiguration(config: SearchConfiguration): string {
  if (config.label) return config.label;
  const profile =
    config.profile === 'hybrid'
      ? config.fusion === 'rrf'
        ? 'hybrid (RRF)'
        : config.titleLengthPrior === DEFAULT_TITLE_LENGTH_PRIOR
          ? `hybrid (w=${config.hybridWeight})`
          : `hybrid (w=${config.hybridWeight}, prior ${config.titleLengthPrior})`
      : config.profile;
  const depth = config.profile === 'lexical' ? '' : ` K=${config.rerankDepth}`;
  const version = config.indexVersionId ? ` v${config.indexVersionId}` : '';
  return `${profile}${depth}${version}`;
}
