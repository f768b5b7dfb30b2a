// A hit's explanation holds one match per query token, in the order of the answer's query tokens
// (sent once per answer, not in every hit); the storefront reads them joined.
import type { QueryToken, SearchHit, TokenMatch } from './apiTypes';

export function tokenMatches(
  queryTokens: QueryToken[],
  hit: Pick<SearchHit, 'explanation'>,
): TokenMatch[] {
  return hit.explanation.flatMap((match, i) => {
    const token = queryTokens[i];
    return token ? [{ ...token, ...match }] : [];
  });
}
