// Product texts' tokens as explanations name them, kept by the text they were made from.
import { LRUCache } from 'lru-cache';
import { documentText, type DocumentFields } from '../documents.ts';
import { explainableTokens, type ExplainableTokens } from '../explanations.ts';
import type { DocumentToken } from '../reranker.ts';

/** Held per token (its id, readable word and field span) as the byte bound counts it. */
const BYTES_PER_TOKEN = 64;

/**
 * Keyed by the model and the product's explained fields, which determine the tokens exactly: a
 * product shown again, even read afresh after the product cache let its row go, is neither
 * tokenised nor mapped to fields again (nor waits: kept tokens are read in one pass), and an
 * edited product (other text) is tokenised anew. Kept under a byte bound, least recently used
 * first out. Tokenising a page's products was ~9 % of a hybrid search's CPU (BENCHMARKS.md,
 * "Where a search's CPU goes").
 */
export class ProductTokensCache {
  readonly #byText: LRUCache<string, ExplainableTokens>;

  constructor(maxBytes = 32 * 1024 * 1024) {
    this.#byText = new LRUCache({
      maxSize: maxBytes,
      sizeCalculation: (tokens, key) => 2 * key.length + BYTES_PER_TOKEN * tokens.ids.length + 64,
    });
  }

  async of(
    model: string,
    products: readonly DocumentFields[],
    tokenize: (model: string, text: string) => Promise<readonly DocumentToken[]>,
  ): Promise<ExplainableTokens[]> {
    const keys = products.map(
      (p) => `${model}\u0000${p.title}\u0000${p.brand}\u0000${p.description}`,
    );
    const tokens = keys.map((key) => this.#byText.get(key) ?? null);
    if (tokens.every((t) => t !== null)) return tokens;
    return Promise.all(
      products.map(async (product, i) => {
        if (tokens[i]) return tokens[i];
        const fresh = explainableTokens(await tokenize(model, documentText(product)), product);
        this.#byText.set(keys[i]!, fresh);
        return fresh;
      }),
    );
  }
}
