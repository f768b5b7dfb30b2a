// "Why this result": for each query token, the product word it matched and how strongly. The
// product's text is re-tokenized to find where each stored token sits; if the product changed
// since it was indexed (token ids differ) words are still named, spans are left out.
import { documentFields, type DocumentFields } from './documents.ts';
import type { StoredEmbedding } from './embeddingStore.ts';
import type { DocumentToken, QueryToken } from './reranker.ts';
import type { FieldSpan, TokenMatch } from './searchTypes.ts';

/** A product's tokens as explanations name them, built once per product row. */
export interface ExplainableTokens {
  ids: Int32Array;
  /** Readable text per token ("##ing" reads "ing"). */
  words: string[];
  /** Where each token sits in the product's fields; null for tokens not in the text. */
  spans: (FieldSpan | null)[];
}

export function explainableTokens(
  tokens: readonly DocumentToken[],
  product: DocumentFields,
): ExplainableTokens {
  const fields = documentFields(product);
  return {
    ids: Int32Array.from(tokens, (t) => t.id),
    words: tokens.map((t) => readable(t.text)),
    spans: tokens.map((t) => (t.span ? toFieldSpan(fields, t.span) : null)),
  };
}

/** One match per query token (the length of `bestTokens`), from the scorer's best tokens. */
export function explainMatch(
  bestTokens: Int32Array,
  bestSimilarities: Float32Array,
  stored: StoredEmbedding,
  tokens: ExplainableTokens,
): TokenMatch[] {
  const aligned = sameIds(tokens.ids, stored.tokenIds);
  const matches: TokenMatch[] = [];
  for (let i = 0; i < bestTokens.length; i++) {
    const best = bestTokens[i]!;
    const found = best >= 0 && best < tokens.words.length;
    matches.push({
      productToken: found ? tokens.words[best]! : '',
      productSpan: aligned && found ? tokens.spans[best]! : null,
      similarity: best >= 0 ? roundSimilarity(bestSimilarities[i]!) : 0,
    });
  }
  return matches;
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * MaxSim read on a 0–1 scale: the raw score is Σ_i w_i · best cosine_i over the query tokens, so
 * dividing by Σ_i w_i gives the (weighted) mean best cosine per query token. The raw value grows
 * with the query's length and the model's token weights ("MaxSim 441.465"); this one does not.
 * Null when there is no MaxSim or no weight.
 */
export function meanBestCosine(
  maxSim: number | null,
  queryTokens: readonly Pick<QueryToken, 'weight'>[],
): number | null {
  if (maxSim === null) return null;
  const totalWeight = queryTokens.reduce((sum, t) => sum + t.weight, 0);
  return totalWeight > 0 ? roundSimilarity(maxSim / totalWeight) : null;
}

/** Scores this close (relative) are the same score: float32 sums of equal terms in another order. */
const TIE_TOLERANCE = 1e-6;

/**
 * For each hit, how many other hits have the same MaxSim: the reranker could not separate them,
 * and their order among themselves is the first stage's. 0 for hits without a MaxSim.
 */
export function maxSimTies(scores: readonly (number | null)[]): number[] {
  const same = (a: number, b: number) =>
    Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  return scores.map((score, i) =>
    score === null
      ? 0
      : scores.filter((other, j) => j !== i && other !== null && same(score, other)).length,
  );
}

/** Four decimals say all a reader can use; float32's full digits are ~10 bytes more per match. */
export function roundSimilarity(similarity: number): number {
  return Math.round(similarity * 1e4) / 1e4;
}

/** WordPiece continuations print as "##ing"; a shopper should read "ing". */
function readable(token: string): string {
  return token.startsWith('##') ? token.slice(2) : token;
}

function toFieldSpan(
  fields: ReturnType<typeof documentFields>,
  span: { start: number; end: number },
): FieldSpan | null {
  for (const f of fields) {
    if (span.start >= f.offset && span.end <= f.offset + f.length) {
      return { field: f.field, start: span.start - f.offset, end: span.end - f.offset };
    }
  }
  return null;
}
