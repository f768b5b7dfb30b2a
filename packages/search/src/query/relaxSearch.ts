// For a search that found nothing, nearby searches that do find something: the spelling
// corrected, the filters dropped, or one word left out, each with its number of results.
import { hasFilters, type SearchFilters } from '../retrieval.ts';
import type { SearchService } from '../pipeline/searchService.ts';
import { closeSpelling } from './closeSpelling.ts';

export interface RelaxedSearch {
  kind: 'spelling' | 'without-filters' | 'fewer-words';
  q: string;
  /** False when the alternative searches without any of the original filters. */
  keepsFilters: boolean;
  /** The original words it corrects (spelling) or leaves out (fewer-words). */
  changedWords: string[];
  total: number;
  /** False when `total` is a lower bound (SearchResponse.totalExhaustive). */
  totalExhaustive: boolean;
}

type Candidate = Omit<RelaxedSearch, 'total' | 'totalExhaustive'>;

const MAX_WORDS = 6;
/** Each probe is one first-stage search; this bounds the cost of an empty result page. */
const MAX_PROBES = 6;
const MAX_ALTERNATIVES = 4;
const KIND_ORDER: RelaxedSearch['kind'][] = ['spelling', 'without-filters', 'fewer-words'];

export async function relaxSearch(
  search: Pick<SearchService, 'search' | 'suggest'>,
  storeId: number,
  q: string,
  filters: SearchFilters,
): Promise<RelaxedSearch[]> {
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const candidates = unique([
    ...(await spellingCandidate(search, storeId, words)),
    ...(hasFilters(filters) ? [withoutFilters(q)] : []),
    ...fewerWords(words),
  ]).slice(0, MAX_PROBES);
  const counted: RelaxedSearch[] = [];
  for (const candidate of candidates) {
    const found = await countMatches(search, storeId, candidate, filters);
    if (found.total > 0) counted.push({ ...candidate, ...found });
  }
  return counted
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || b.total - a.total)
    .slice(0, MAX_ALTERNATIVES);
}

async function spellingCandidate(
  search: Pick<SearchService, 'suggest'>,
  storeId: number,
  words: string[],
): Promise<Candidate[]> {
  const corrected: string[] = [];
  const changedWords: string[] = [];
  for (const word of words) {
    const fix = await closeSpelling(search, storeId, word);
    corrected.push(fix ?? word);
    if (fix) changedWords.push(word);
  }
  return changedWords.length
    ? [{ kind: 'spelling', q: corrected.join(' '), keepsFilters: true, changedWords }]
    : [];
}

function withoutFilters(q: string): Candidate {
  return { kind: 'without-filters', q: q.trim(), keepsFilters: false, changedWords: [] };
}

function fewerWords(words: string[]): Candidate[] {
  if (words.length < 2) return [];
  return words.map((word, i) => ({
    kind: 'fewer-words',
    q: words.filter((_, j) => j !== i).join(' '),
    keepsFilters: true,
    changedWords: [word],
  }));
}

function unique(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${c.q.toLowerCase()}|${c.keepsFilters}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Keyword order is enough to count, and skips encoding the query. Probes are not searches the
 * shopper made, so they stay out of the search analytics.
 */
async function countMatches(
  search: Pick<SearchService, 'search'>,
  storeId: number,
  candidate: Candidate,
  filters: SearchFilters,
): Promise<Pick<RelaxedSearch, 'total' | 'totalExhaustive'>> {
  const response = await search.search({
    storeId,
    text: candidate.q,
    filters: candidate.keepsFilters ? filters : {},
    sort: 'relevance',
    page: 0,
    pageSize: 1,
    profile: { name: 'lexical' },
    rerankDepth: 0,
    recordEvent: false,
  });
  return { total: response.total, totalExhaustive: response.totalExhaustive };
}
