// One search against one index: check the parameters against the index settings, filter, match
// the words, rank, count facets over all matches, then cut the page. Answers in the documented
// shape (hits, query, processingTimeMs, limit, offset, estimatedTotalHits, facets).
import type { DoubleIndex } from './doubleIndex.ts';
import { isCoveredBy } from './documentValues.ts';
import { checkFacets, countFacets } from './facets.ts';
import { filterFields, matchesFilter } from './filterEvaluation.ts';
import { parseFilter, type FilterNode } from './filterParser.ts';
import { FilterSyntaxError } from './filterTokenizer.ts';
import { badRequest } from './httpError.ts';
import { parseSort, rankDocuments, type RankedDocument } from './ranking.ts';
import { rankingScore, rankingScoreDetails } from './rankingScore.ts';
import type { SearchParams } from './requestSchemas.ts';
import { matchQuery, queryWords } from './textMatcher.ts';

export function executeSearch(index: DoubleIndex, params: SearchParams): Record<string, unknown> {
  const started = performance.now();
  const { settings } = index;
  const q = params.q ?? '';
  const limit = params.limit ?? 20;
  // Nothing past maxTotalHits is counted or returned: offset and limit are clamped to it.
  const { maxTotalHits } = settings.pagination;
  const offset = Math.min(params.offset ?? 0, maxTotalHits);
  const end = offset + Math.min(limit, maxTotalHits - offset);
  const filter = parseFilterParam(params.filter ?? null, settings.filterableAttributes, index.uid);
  const sort = parseSort(params.sort ?? [], settings.sortableAttributes, settings.rankingRules);
  const facets = params.facets ?? null;
  if (facets) checkFacets(facets, settings.filterableAttributes);
  const searchOn = params.attributesToSearchOn ?? null;
  checkSearchOn(searchOn, settings.searchableAttributes);

  const terms = queryWords(q);
  const strategy = params.matchingStrategy ?? 'last';
  const matches: RankedDocument[] = [];
  for (const [order, document] of [...index.documents.values()].entries()) {
    if (filter && !matchesFilter(filter, document)) continue;
    // Without words (a placeholder search) every document that passes the filter matches.
    const text = terms.length
      ? matchQuery(terms, document, settings, strategy, searchOn)
      : undefined;
    if (terms.length && !text) continue;
    matches.push({ document, order, text });
  }
  const ranked = rankDocuments(matches, settings.rankingRules, sort);

  const hits = ranked.slice(offset, end).map(({ document, text }) => ({
    ...project(document, params.attributesToRetrieve),
    ...(params.showRankingScore ? { _rankingScore: rankingScore(text, terms.length) } : {}),
    ...(params.showRankingScoreDetails
      ? { _rankingScoreDetails: rankingScoreDetails(text, terms.length, settings.rankingRules) }
      : {}),
  }));
  return {
    hits,
    query: q,
    processingTimeMs: Math.round(performance.now() - started),
    limit,
    offset,
    estimatedTotalHits: Math.min(ranked.length, maxTotalHits),
    ...(facets
      ? countFacets(
          matches.map((m) => m.document),
          facets,
          settings,
        )
      : {}),
  };
}

/** A filter string, or an array meaning AND of its items (an inner array meaning OR). */
function parseFilterParam(
  filter: string | (string | string[])[] | null,
  filterable: string[],
  uid: string,
): FilterNode | null {
  try {
    const node = Array.isArray(filter)
      ? andOf(
          filter.map((item) =>
            Array.isArray(item) ? orOf(item.map(parseFilter)) : parseFilter(item),
          ),
        )
      : filter === null
        ? null
        : parseFilter(filter);
    for (const field of node ? filterFields(node) : []) {
      if (!isCoveredBy(field, filterable)) {
        throw new FilterSyntaxError(
          `Index \`${uid}\`: Attribute \`${field}\` is not filterable. Available filterable attribute patterns are: \`${filterable.join(', ')}\`.`,
        );
      }
    }
    return node;
  } catch (error) {
    if (error instanceof FilterSyntaxError)
      throw badRequest('invalid_search_filter', error.message);
    throw error;
  }
}

const andOf = (nodes: (FilterNode | null)[]): FilterNode | null => combine('and', nodes);
const orOf = (nodes: (FilterNode | null)[]): FilterNode | null => combine('or', nodes);

function combine(kind: 'and' | 'or', nodes: (FilterNode | null)[]): FilterNode | null {
  const children = nodes.filter((n): n is FilterNode => n !== null);
  if (children.length <= 1) return children[0] ?? null;
  return { kind, children };
}

function checkSearchOn(searchOn: readonly string[] | null, searchable: string[]): void {
  for (const field of searchOn ?? []) {
    if (!isCoveredBy(field, searchable)) {
      throw badRequest(
        'invalid_search_attributes_to_search_on',
        `Attribute \`${field}\` is not searchable. Available searchable attributes are: \`${searchable.join(', ')}\`.`,
      );
    }
  }
}

function project(
  document: Record<string, unknown>,
  fields: readonly string[] | undefined,
): Record<string, unknown> {
  if (!fields || fields.includes('*')) return { ...document };
  return Object.fromEntries(fields.filter((f) => f in document).map((f) => [f, document[f]]));
}
