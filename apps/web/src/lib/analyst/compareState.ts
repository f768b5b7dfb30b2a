// A comparison, kept in the URL so it can be shared and revisited:
//
//   ?q=wireless+mouse                 the query
//   &c=lexical&c=hybrid-w0.7-k200     two or three configurations (see configuration.ts)
//   &set=3                            the judgment set whose grades are shown and edited
//   &depth=20                         hits per ranking (10, 20 or 50)
//   &brand=…&price=…&availability=…&f.attr_…   filters, written as on the storefront
//
// As on the storefront, reading a URL never fails: unusable parts are left out and named.
import type { StoreInfo } from '../storefront/apiTypes';
import { toSearchFilters } from '../storefront/searchInput';
import {
  EMPTY_SEARCH,
  parseSearchState,
  serializeSearchState,
  type SearchState,
} from '../storefront/searchState';
import type { CompareInput, SearchConfiguration } from './apiTypes';
import {
  configuration,
  fromSearchConfiguration,
  parseConfigurationToken,
  toConfigurationToken,
  toSearchConfiguration,
  type Configuration,
} from './configuration';

export const DEPTHS = [10, 20, 50] as const;
export type Depth = (typeof DEPTHS)[number];
export const MIN_RANKINGS = 2;
export const MAX_RANKINGS = 3;
/** Rankings are named A, B, C on screen; A is the baseline movement is measured against. */
export const RANKING_LETTERS = ['A', 'B', 'C'] as const;

export type CompareFilters = Pick<SearchState, 'brands' | 'price' | 'availability' | 'attributes'>;

export interface CompareState {
  q: string;
  configurations: Configuration[];
  setId: number | null;
  depth: Depth;
  filters: CompareFilters;
}

export const DEFAULT_CONFIGURATIONS: Configuration[] = [
  configuration('lexical'),
  configuration('hybrid'),
];

type Params = Pick<URLSearchParams, 'get' | 'getAll' | 'keys'>;

export function parseCompareState(
  params: Params,
  store: StoreInfo,
): { state: CompareState; ignored: string[] } {
  const { state: search, ignored } = parseSearchState(params, store);
  const filters: CompareFilters = {
    brands: search.brands,
    price: search.price,
    availability: search.availability,
    attributes: search.attributes,
  };
  return {
    state: {
      q: search.q,
      configurations: readConfigurations(params.getAll('c'), ignored),
      setId: readSetId(params.get('set'), ignored),
      depth: readDepth(params.get('depth'), ignored),
      filters,
    },
    ignored,
  };
}

export function serializeCompareState(state: CompareState): URLSearchParams {
  const params = serializeSearchState({ ...EMPTY_SEARCH, ...state.filters, q: state.q });
  const query = params.get('q');
  // The query and rankings first: they are what a reader of the link looks for.
  const ordered = new URLSearchParams();
  if (query) ordered.set('q', query);
  for (const c of state.configurations) ordered.append('c', toConfigurationToken(c));
  if (state.setId !== null) ordered.set('set', String(state.setId));
  if (state.depth !== 20) ordered.set('depth', String(state.depth));
  for (const [key, value] of params) if (key !== 'q') ordered.append(key, value);
  return ordered;
}

/** The compare.rankings input, or null while there is no query to compare. */
export function toCompareInput(state: CompareState, store: StoreInfo): CompareInput | null {
  if (!state.q.trim()) return null;
  return {
    store: store.slug,
    q: state.q.trim(),
    filters: toSearchFilters({ ...EMPTY_SEARCH, ...state.filters }, store),
    configurations: state.configurations.map(toSearchConfiguration),
    depth: state.depth,
    judgmentSetId: state.setId ?? undefined,
  };
}

/**
 * One query of an evaluation run, opened in Compare: the run's configurations (the first three,
 * all Compare shows) and its judgment set, so the grades behind the run's numbers are on screen.
 */
export function compareRunQuery(
  run: { configurations: SearchConfiguration[]; judgmentSet: { id: number } },
  query: string,
): CompareState {
  return {
    q: query,
    configurations: run.configurations.slice(0, MAX_RANKINGS).map(fromSearchConfiguration),
    setId: run.judgmentSet.id,
    depth: 20,
    filters: {
      brands: EMPTY_SEARCH.brands,
      price: EMPTY_SEARCH.price,
      availability: EMPTY_SEARCH.availability,
      attributes: EMPTY_SEARCH.attributes,
    },
  };
}

function readConfigurations(tokens: string[], ignored: string[]): Configuration[] {
  const read = tokens.map(parseConfigurationToken);
  if (read.includes(null)) ignored.push('a ranking configuration that could not be read');
  const usable = read.filter((c): c is Configuration => c !== null);
  if (usable.length > MAX_RANKINGS) ignored.push(`rankings beyond the first ${MAX_RANKINGS}`);
  const chosen = usable.slice(0, MAX_RANKINGS);
  // Fewer than two: fill up with the defaults, so there is always something to compare.
  for (const fallback of DEFAULT_CONFIGURATIONS) {
    if (chosen.length >= MIN_RANKINGS) break;
    const token = toConfigurationToken(fallback);
    if (!chosen.some((c) => toConfigurationToken(c) === token)) chosen.push(fallback);
  }
  return chosen;
}

function readSetId(text: string | null, ignored: string[]): number | null {
  if (text === null || text === '') return null;
  const id = Number(text);
  if (Number.isSafeInteger(id) && id >= 1) return id;
  ignored.push('the judgment set');
  return null;
}

function readDepth(text: string | null, ignored: string[]): Depth {
  if (text === null) return 20;
  const depth = DEPTHS.find((d) => String(d) === text);
  if (depth) return depth;
  ignored.push('the number of hits per ranking');
  return 20;
}
