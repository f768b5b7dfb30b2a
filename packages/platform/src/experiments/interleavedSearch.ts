// The storefront's search, under a running experiment: a visitor in its traffic share gets the two
// configurations' rankings merged by team-draft interleaving, and the first page shown is recorded
// as an impression whose id the storefront sends back with a click.
//
// What the shopper sees stays one consistent search:
// - Page p is positions p·size … (p+1)·size of one interleaving of both rankings' first (p+1)·size
//   products, seeded by (experiment, visitor, query, filters): team-draft's prefix never changes
//   when the lists grow, so pages neither repeat nor skip a product. Past the first
//   MAX_INTERLEAVED results (and for other sorts and empty queries) the search is served as asked.
// - Total, facets, match and notices are configuration A's (the filters, not the ranking, decide
//   them; they differ only when B uses another index version).
// - "Why this result" uses A's query tokens; a hit of B scored with other tokens (another model)
//   carries no explanation rather than a wrong one.
// - Only the first page is an impression: later pages' clicks are not counted.
import { randomBytes } from 'node:crypto';
import { seededRandom, teamDraftInterleave, type InterleavedItem } from '@shopsearch/eval';
import {
  configurationRequest,
  type SearchConfiguration,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type SearchService,
} from '@shopsearch/search';
import type { DatabaseDeps } from '../databaseDeps.ts';
import type { ExperimentView } from './experiments.ts';
import type { RunningExperiments } from './runningExperiments.ts';
import { hash32, inTrafficShare, VISITOR_ID_PATTERN } from './visitorHash.ts';

export const MAX_INTERLEAVED = 100;

export interface VisitorSearchResponse extends SearchResponse {
  /** Set on an interleaved first page: send it back with a click on one of its hits. */
  impressionId: string | null;
}

export async function searchForVisitor(
  deps: DatabaseDeps & { search: SearchService; runningExperiments: RunningExperiments },
  request: SearchRequest,
  visitorId: string | null,
): Promise<VisitorSearchResponse> {
  const depth = (request.page + 1) * request.pageSize;
  const eligible =
    visitorId !== null &&
    VISITOR_ID_PATTERN.test(visitorId) &&
    request.sort === 'relevance' &&
    request.text.trim() !== '' &&
    depth <= MAX_INTERLEAVED;
  const experiment = eligible ? await deps.runningExperiments.get(request.storeId) : null;
  if (!experiment || !inTrafficShare(experiment.id, visitorId!, experiment.trafficPercent)) {
    return { ...(await deps.search.search(request)), impressionId: null };
  }
  const ranked = (config: SearchConfiguration, asShopper: boolean) =>
    deps.search.search({
      ...request,
      page: 0,
      pageSize: depth,
      ...configurationRequest(config),
      facetAttributes: asShopper ? request.facetAttributes : undefined,
      recordEvent: asShopper && request.recordEvent !== false,
    });
  const [a, b] = await Promise.all([
    ranked(experiment.configA, true),
    ranked(experiment.configB, false),
  ]);
  const items = teamDraftInterleave(ids(a), ids(b), {
    length: depth,
    random: seededRandom(
      hash32(String(experiment.id), visitorId!, request.text, JSON.stringify(request.filters)),
    ),
  });
  const page = items.slice(request.page * request.pageSize, depth);
  const impressionId =
    request.page === 0 && page.length > 0
      ? await recordImpression(deps, experiment, request, visitorId!, page)
      : null;
  return {
    ...a,
    hits: pageHits(page, a, b),
    page: request.page,
    pageSize: request.pageSize,
    impressionId,
  };
}

function ids(response: SearchResponse): string[] {
  return response.hits.map((hit) => hit.product.id);
}

function pageHits(page: InterleavedItem[], a: SearchResponse, b: SearchResponse): SearchHit[] {
  const sameTokens = JSON.stringify(a.queryTokens) === JSON.stringify(b.queryTokens);
  const byId = new Map<string, SearchHit>();
  for (const hit of b.hits)
    byId.set(hit.product.id, sameTokens ? hit : { ...hit, explanation: [] });
  for (const hit of a.hits) byId.set(hit.product.id, hit);
  return page.map((item) => byId.get(item.id)!);
}

async function recordImpression(
  { prisma }: DatabaseDeps,
  experiment: ExperimentView,
  request: SearchRequest,
  visitorId: string,
  page: InterleavedItem[],
): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await prisma.experimentImpression.create({
    data: {
      id,
      experimentId: experiment.id,
      storeId: request.storeId,
      query: request.text.trim().toLowerCase(),
      visitorId,
      items: page.map(({ id, team }) => ({ id, team })),
    },
  });
  return id;
}
