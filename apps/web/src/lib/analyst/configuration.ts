// A ranking configuration as a short, readable URL token, so a comparison can be linked:
//
//   lexical                 first stage only
//   colbert-k200            MaxSim rerank of the first 200 candidates
//   hybrid-w0.7-k200        weighted fusion, weight 0.7 on MaxSim
//   hybrid-w0.7-p0-k200     …without the title-length prior (p, shown only when not the default)
//   hybrid-rrf-k100         reciprocal-rank fusion
//   …-k200-m100             with up to 100 candidates by meaning beside the K (m, shown only when on)
//   …-k200-t0               without product-type intent (t0; t1 on, shown only when not the default)
//   …-v12                   against index version 12 instead of the active one
import { PROFILE_NAMES, RANKING_DEFAULTS, SEARCH_LIMITS } from '@shopsearch/search/limits';
import type { RankingProfileName, SearchConfiguration } from './apiTypes';

export { PROFILE_NAMES };
export const DEFAULT_HYBRID_WEIGHT = RANKING_DEFAULTS.hybridWeight;
export const DEFAULT_TITLE_LENGTH_PRIOR = RANKING_DEFAULTS.titleLengthPrior;
export const DEFAULT_RERANK_DEPTH = RANKING_DEFAULTS.rerankDepth;
export const MAX_RERANK_DEPTH = SEARCH_LIMITS.rerankDepth;
export const DEFAULT_MEANING_CANDIDATES = RANKING_DEFAULTS.meaningCandidates;
export const MAX_MEANING_CANDIDATES = SEARCH_LIMITS.meaningCandidates;
export const DEFAULT_PRODUCT_TYPE_INTENT: boolean = RANKING_DEFAULTS.productTypeIntent;

export const PROFILE_LABELS: Record<RankingProfileName, string> = {
  lexical: 'Lexical (first stage only)',
  colbert: 'ColBERT (MaxSim rerank)',
  hybrid: 'Hybrid (lexical + MaxSim)',
};

/** A complete configuration: every field the form edits has a value. */
export interface Configuration {
  profile: RankingProfileName;
  fusion: 'weighted' | 'rrf';
  hybridWeight: number;
  titleLengthPrior: number;
  rerankDepth: number;
  meaningCandidates: number;
  productTypeIntent: boolean;
  indexVersionId: number | null;
}

export function configuration(profile: RankingProfileName): Configuration {
  return {
    profile,
    fusion: 'weighted',
    hybridWeight: DEFAULT_HYBRID_WEIGHT,
    titleLengthPrior: DEFAULT_TITLE_LENGTH_PRIOR,
    rerankDepth: DEFAULT_RERANK_DEPTH,
    meaningCandidates: DEFAULT_MEANING_CANDIDATES,
    productTypeIntent: DEFAULT_PRODUCT_TYPE_INTENT,
    indexVersionId: null,
  };
}

export function toConfigurationToken(c: Configuration): string {
  if (c.profile === 'lexical') return 'lexical';
  const parts: string[] = [c.profile];
  if (c.profile === 'hybrid') parts.push(c.fusion === 'rrf' ? 'rrf' : `w${c.hybridWeight}`);
  if (weightedHybrid(c) && c.titleLengthPrior !== DEFAULT_TITLE_LENGTH_PRIOR) {
    parts.push(`p${c.titleLengthPrior}`);
  }
  parts.push(`k${c.rerankDepth}`);
  if (c.meaningCandidates !== DEFAULT_MEANING_CANDIDATES) parts.push(`m${c.meaningCandidates}`);
  if (c.productTypeIntent !== DEFAULT_PRODUCT_TYPE_INTENT)
    parts.push(c.productTypeIntent ? 't1' : 't0');
  if (c.indexVersionId !== null) parts.push(`v${c.indexVersionId}`);
  return parts.join('-');
}

/** The configuration a token names, or null for anything malformed or out of range. */
export function parseConfigurationToken(token: string): Configuration | null {
  const [profile, ...parts] = token.trim().split('-');
  if (profile !== 'lexical' && profile !== 'colbert' && profile !== 'hybrid') return null;
  const c = configuration(profile);
  if (profile === 'lexical') return parts.length === 0 ? c : null;
  for (const part of parts) {
    const value = Number(part.slice(1));
    if (part === 'rrf' && profile === 'hybrid') c.fusion = 'rrf';
    else if (/^w[\d.]+$/.test(part) && profile === 'hybrid' && value >= 0 && value <= 1) {
      c.hybridWeight = value;
    } else if (/^p[\d.]+$/.test(part) && profile === 'hybrid' && value >= 0 && value <= 1) {
      c.titleLengthPrior = value;
    } else if (/^k\d+$/.test(part) && value <= MAX_RERANK_DEPTH) c.rerankDepth = value;
    else if (/^m\d+$/.test(part) && value <= MAX_MEANING_CANDIDATES) c.meaningCandidates = value;
    else if (part === 't0' || part === 't1') c.productTypeIntent = part === 't1';
    else if (/^v\d+$/.test(part) && value >= 1) c.indexVersionId = value;
    else return null;
  }
  return c.fusion === 'rrf' && c.titleLengthPrior !== DEFAULT_TITLE_LENGTH_PRIOR ? null : c;
}

/** Hybrid with weighted fusion: the configurations that have a weight and a title-length prior. */
export function weightedHybrid(c: Configuration): boolean {
  return c.profile === 'hybrid' && c.fusion === 'weighted';
}

/** What the API takes; lexical ranking ignores depth, fusion, meaning, type intent and index version. */
export function toSearchConfiguration(c: Configuration): SearchConfiguration {
  if (c.profile === 'lexical') return { profile: 'lexical' };
  return {
    profile: c.profile,
    fusion: c.fusion,
    hybridWeight: c.hybridWeight,
    ...(weightedHybrid(c) ? { titleLengthPrior: c.titleLengthPrior } : {}),
    rerankDepth: c.rerankDepth,
    meaningCandidates: c.meaningCandidates,
    productTypeIntent: c.productTypeIntent,
    indexVersionId: c.indexVersionId,
  };
}

/** The form's configuration for one the API keeps (an evaluation run's), defaults filled in. */
export function fromSearchConfiguration(s: SearchConfiguration): Configuration {
  const c = configuration(s.profile);
  if (s.profile === 'lexical') return c;
  return {
    ...c,
    fusion: s.fusion ?? c.fusion,
    hybridWeight: s.hybridWeight ?? c.hybridWeight,
    titleLengthPrior: s.titleLengthPrior ?? c.titleLengthPrior,
    rerankDepth: s.rerankDepth ?? c.rerankDepth,
    meaningCandidates: s.meaningCandidates ?? c.meaningCandidates,
    productTypeIntent: s.productTypeIntent ?? c.productTypeIntent,
    indexVersionId: s.indexVersionId ?? null,
  };
}
