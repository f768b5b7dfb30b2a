// "Why this result" for synonyms: a product that does not hold a query term as typed but holds one
// of its synonyms matched through it. Checked on the page's products only (a page is bounded).
import { queryWords } from '../retrievers/postgres/textQuery.ts';
import type { SearchHit, SynonymMatch } from '../searchTypes.ts';
import type { QuerySynonyms } from './synonymMap.ts';

export function withSynonymMatches(hits: SearchHit[], synonyms: QuerySynonyms): SearchHit[] {
  const terms = Object.entries(synonyms);
  if (terms.length === 0) return hits;
  return hits.map((hit) => {
    const { title, brand, description } = hit.product;
    // A space before every word: a term is found where a word starts with it, so "notebooks"
    // counts for "notebook" as the first stages' stemming counts it.
    const text = ` ${queryWords(`${title} ${brand} ${description}`, Number.POSITIVE_INFINITY).join(' ')}`;
    const matches: SynonymMatch[] = [];
    for (const [term, alternatives] of terms) {
      if (text.includes(` ${term}`)) continue;
      const found = alternatives.find((a) => text.includes(` ${a}`));
      if (found) matches.push({ term: found, synonymOf: term });
    }
    return matches.length ? { ...hit, synonyms: matches } : hit;
  });
}
