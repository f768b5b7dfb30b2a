// A configuration an analyst can evaluate or compare: ranking settings, a label and an index
// version. Also the conversion of ranking settings to the pipeline's RankingProfile.
import { z } from 'zod';
import type { RankingProfile } from '../profiles.ts';
import { PROFILE_NAMES, RANKING_DEFAULTS } from './limits.ts';
import { ZRankingSettings, type RankingSettings } from './searchInput.ts';

export const ZSearchConfiguration = ZRankingSettings.extend({
  /** Shown in tables and charts; defaults to a description of the settings. */
  label: z.string().trim().max(80).optional(),
  /** Required here: an analyst names every configuration's profile. */
  profile: z.enum(PROFILE_NAMES),
  /** Null or absent: the store's active index version. */
  indexVersionId: z
    .number()
    .int()
    .positive()
    .max(2_147_483_647, 'no record has an id this large')
    .nullish(),
}).strict();

export type SearchConfiguration = z.infer<typeof ZSearchConfiguration>;

export function toRankingProfile(
  settings: Pick<RankingSettings, 'profile' | 'fusion' | 'hybridWeight' | 'titleLengthPrior'>,
): RankingProfile {
  if (settings.profile === 'lexical') return { name: 'lexical' };
  if (settings.profile === 'colbert') return { name: 'colbert' };
  return settings.fusion === 'rrf'
    ? { name: 'hybrid', fusion: 'rrf', k: 60 }
    : {
        name: 'hybrid',
        fusion: 'weighted',
        weight: settings.hybridWeight,
        titleLengthPrior: settings.titleLengthPrior,
      };
}

/** The search request's ranking fields for a configuration (compare, evaluate, experiments). */
export function configurationRequest(config: SearchConfiguration) {
  return {
    profile: toRankingProfile(config),
    rerankDepth: config.rerankDepth,
    meaningCandidates: config.meaningCandidates,
    productTypeIntent: config.productTypeIntent,
    indexVersionId: config.indexVersionId ?? undefined,
  };
}

export function describeConfiguration(config: SearchConfiguration): string {
  if (config.label) return config.label;
  const profile =
    config.profile === 'hybrid'
      ? config.fusion === 'rrf'
        ? 'hybrid (RRF)'
        : config.titleLengthPrior === RANKING_DEFAULTS.titleLengthPrior
          ? `hybrid (w=${config.hybridWeight})`
          : `hybrid (w=${config.hybridWeight}, prior ${config.titleLengthPrior})`
      : config.profile;
  const depth = config.profile === 'lexical' ? '' : ` K=${config.rerankDepth}`;
  const meaning =
    config.profile !== 'lexical' && config.meaningCandidates > 0
      ? ` +${config.meaningCandidates} by meaning`
      : '';
  const types =
    config.profile !== 'lexical' && config.productTypeIntent !== RANKING_DEFAULTS.productTypeIntent
      ? config.productTypeIntent
        ? ' +type intent'
        : ' −type intent'
      : '';
  const version = config.indexVersionId ? ` v${config.indexVersionId}` : '';
  return `${profile}${depth}${meaning}${types}${version}`;
}
