// Product rows' tokens as explanations name them, kept with the row they were made from.
import { documentText } from '../documents.ts';
import { explainableTokens, type ExplainableTokens } from '../explanations.ts';
import type { DocumentToken } from '../reranker.ts';
import type { PageProduct } from './productCache.ts';

/**
 * Identity contract: the product cache hands out the same row object while it is fresh, so a
 * repeated page neither rebuilds the products' text nor tokenises it or maps its tokens to fields
 * again (nor waits: kept tokens are read in one pass), and an edited product (a new row) is
 * tokenised afresh. Rows nobody holds any more are collected with their tokens.
 */
export class ProductTokensCache {
  readonly #byRow = new WeakMap<PageProduct, { model: string; tokens: ExplainableTokens }>();

  async of(
    model: string,
    products: readonly PageProduct[],
    tokenize: (model: string, text: string) => Promise<readonly DocumentToken[]>,
  ): Promise<ExplainableTokens[]> {
    const tokens = products.map((p) => {
      const kept = this.#byRow.get(p);
      return kept?.model === model ? kept.tokens : null;
    });
    if (tokens.every((t) => t !== null)) return tokens;
    return Promise.all(
      products.map(async (product, i) => {
        if (tokens[i]) return tokens[i];
        const fresh = explainableTokens(await tokenize(model, documentText(product)), product);
        this.#byRow.set(product, { model, tokens: fresh });
        return fresh;
      }),
    );
  }
}
