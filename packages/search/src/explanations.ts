// "Why this result": for each query token, the product word it matched and how strongly. The
// product's text is re-tokenized to find where each stored token sits; if the product changed
// since it was indexed (token ids differ) words are still named, spans are left out.
import { documentFields, type DocumentFields } from './documents.ts';
import type { StoredEmbedding } from './embeddingStore.ts';
import type { DocumentToken, QueryToken } from './reranker.ts';
import type { FieldSpan, TokenMatch } from './searchTypes.ts';

export function explainMatch(
  queryTokens: readonly QueryToken[],
  bestTokens: Int32Array,
  bestSimilarities: Float32Array,
  stored: StoredEmbedding,
  documentTokens: readonly DocumentToken[],
  product: DocumentFields,
): TokenMatch[] {
  const aligned =
    documentTokens.length === stored.tokenIds.length &&
    documentTokens.every((t, i) => t.id === stored.tokenIds[i]);
  const fields = documentFields(product);
  return queryTokens.map((_, i) => {
    const best = bestTokens[i]!;
    const token = best >= 0 ? documentTokens[best] : undefined;
    return {
      productToken: token ? readable(token.text) : '',
      productSpan: aligned && token?.span ? toFieldSpan(fields, token.span) : null,
      similarity: best >= 0 ? roundSimilarity(bestSimilarities[i]!) : 0,
    };
  });
}

/** Four decimals say all a reader can use; float32's full digits are ~10 bytes more per match. */
function roundSimilarity(similarity: number): number {
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
