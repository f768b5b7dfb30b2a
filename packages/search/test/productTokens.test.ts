import { DEFAULT_MODEL_DIR } from '@shopsearch/colbert';
import { describe, expect, it } from 'vitest';
import { ColbertReranker } from '../src/colbertReranker.ts';
import { documentText, type DocumentFields } from '../src/documents.ts';
import { explainableTokens } from '../src/explanations.ts';
import { ModelRegistry } from '../src/modelRegistry.ts';
import { ProductTokensCache } from '../src/pipeline/productTokens.ts';

const models = new ModelRegistry([DEFAULT_MODEL_DIR]);
const model = models.defaultModel;
const reranker = new ColbertReranker(models);

/** The model's tokenizer, counting the texts it is asked to tokenise. */
function countingTokenizer() {
  const texts: string[] = [];
  return {
    texts,
    tokenize: (m: string, text: string) => {
      texts.push(text);
      return reranker.documentTokens(m, text);
    },
  };
}

/** What explaining a product computes without the cache. */
async function uncached(product: DocumentFields) {
  return explainableTokens(await reranker.documentTokens(model, documentText(product)), product);
}

const mouse = { title: 'Wireless Laser mouse', brand: 'Sandberg', description: 'Black, 1600 dpi' };

describe('ProductTokensCache', () => {
  it('tokenises a product’s text once, whichever row object carries it, and again once it is edited', async () => {
    const cache = new ProductTokensCache();
    const counted = countingTokenizer();
    const [first] = await cache.of(model, [mouse], counted.tokenize);
    const [again] = await cache.of(model, [{ ...mouse }], counted.tokenize);
    expect(counted.texts).toHaveLength(1);
    expect(again).toBe(first);
    expect(first).toEqual(await uncached(mouse));

    const edited = { ...mouse, brand: 'Logitech' };
    const [changed] = await cache.of(model, [edited, mouse], counted.tokenize);
    expect(counted.texts).toEqual([
      'Wireless Laser mouse. Sandberg. Black, 1600 dpi',
      'Wireless Laser mouse. Logitech. Black, 1600 dpi',
    ]);
    expect(changed).toEqual(await uncached(edited));
  });

  it('keeps the same text apart when its words fall in other fields', async () => {
    const cache = new ProductTokensCache();
    const counted = countingTokenizer();
    const split = {
      title: 'Wireless Laser mouse. Sandberg',
      brand: '',
      description: mouse.description,
    };
    const [a, b] = await cache.of(model, [mouse, split], counted.tokenize);
    expect(counted.texts).toHaveLength(2);
    expect(a!.ids).toEqual(b!.ids);
    expect(b!.spans.some((s) => s?.field === 'brand')).toBe(false);
  });

  it('lets the least recently used texts go beyond its byte bound', async () => {
    const cache = new ProductTokensCache(2_000);
    const counted = countingTokenizer();
    const products = ['one', 'two', 'three', 'four'].map((w) => ({
      ...mouse,
      title: `${w} mouse`,
    }));
    await cache.of(model, products, counted.tokenize);
    await cache.of(model, [products[3]!], counted.tokenize);
    expect(counted.texts).toHaveLength(4);
    await cache.of(model, [products[0]!], counted.tokenize);
    expect(counted.texts).toHaveLength(5);
  });
});
