// "Why this result", in a shopper's words: for each word of the query, the product word it matched,
// where, and how strongly. Sub-word pieces of one word (WordPiece "note" + "##book") are merged back
// into that word; markers and [MASK] padding (tokens with no place in the query) are left out.
import type { ProductSummary, TokenMatch } from './apiTypes';
import { expandToWord, findWordMatches, isWordChar, queryWords } from './words';

export type ProductField = 'title' | 'brand' | 'description';

export type MatchStrength = 'exact' | 'strong' | 'good' | 'weak' | 'keyword' | 'none';

export interface WordExplanation {
  queryWord: string;
  productWords: string[];
  /** Where the first product word sits; null when it could not be located. */
  field: ProductField | null;
  /** 0–1; null for keyword matching, which has no degrees. */
  similarity: number | null;
  strength: MatchStrength;
}

const STRENGTHS: [MatchStrength, number][] = [
  ['exact', 0.995],
  ['strong', 0.8],
  ['good', 0.6],
];

export function strengthOf(similarity: number): MatchStrength {
  return STRENGTHS.find(([, from]) => similarity >= from)?.[0] ?? 'weak';
}

export function explainHit(
  q: string,
  product: ProductSummary,
  explanation: TokenMatch[],
): WordExplanation[] {
  return explanation.length ? fromTokenMatches(q, product, explanation) : fromKeywords(q, product);
}

function fromTokenMatches(
  q: string,
  product: ProductSummary,
  explanation: TokenMatch[],
): WordExplanation[] {
  const groups = new Map<number, { end: number; tokens: TokenMatch[] }>();
  for (const match of explanation) {
    if (!match.span || !match.productToken) continue;
    const word = expandToWord(q, match.span.start, match.span.end);
    if (!hasWordChar(q.slice(word.start, word.end))) continue;
    const group = groups.get(word.start) ?? { end: word.end, tokens: [] };
    group.tokens.push(match);
    groups.set(word.start, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, { end, tokens }]) => explainWord(q.slice(start, end), tokens, product));
}

function explainWord(
  queryWord: string,
  tokens: TokenMatch[],
  product: ProductSummary,
): WordExplanation {
  // Punctuation inside a word ("wi-fi") matches punctuation anywhere; it says nothing.
  const telling = tokens.filter((t) => hasWordChar(t.text));
  const counted = telling.length ? telling : tokens;
  const weightOf = (t: TokenMatch) => (t.weight > 0 ? t.weight : 1);
  const totalWeight = counted.reduce((sum, t) => sum + weightOf(t), 0);
  const similarity = counted.reduce((sum, t) => sum + t.similarity * weightOf(t), 0) / totalWeight;
  const located = counted.map((t) => productWordOf(t, product));
  return {
    queryWord,
    productWords: uniqueCaseless(located.map((l) => l.word)),
    field: located.find((l) => l.field)?.field ?? null,
    similarity: Math.max(0, Math.min(1, similarity)),
    strength: strengthOf(similarity),
  };
}

function productWordOf(
  match: TokenMatch,
  product: ProductSummary,
): { word: string; field: ProductField | null } {
  const span = match.productSpan;
  if (!span) return { word: match.productToken, field: null };
  const text = product[span.field];
  const word = expandToWord(text, span.start, span.end);
  return { word: text.slice(word.start, word.end) || match.productToken, field: span.field };
}

/** Without reranking there is no similarity to report: say where each word was found, if at all. */
function fromKeywords(q: string, product: ProductSummary): WordExplanation[] {
  const fields: ProductField[] = ['title', 'brand', 'description'];
  return queryWords(q).map((queryWord) => {
    for (const field of fields) {
      const text = product[field];
      const found = findWordMatches(text, [queryWord]).map((r) => text.slice(r.start, r.end));
      if (found.length) {
        return {
          queryWord,
          productWords: uniqueCaseless(found),
          field,
          similarity: null,
          strength: 'keyword',
        };
      }
    }
    return { queryWord, productWords: [], field: null, similarity: null, strength: 'none' };
  });
}

function hasWordChar(text: string): boolean {
  return [...text].some((c) => isWordChar(c));
}

function uniqueCaseless(words: string[]): string[] {
  const seen = new Set<string>();
  return words.filter((w) => {
    const key = w.toLowerCase();
    if (!w || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
