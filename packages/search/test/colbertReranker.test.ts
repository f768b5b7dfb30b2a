import { DEFAULT_MODEL_DIR } from '@shopsearch/colbert';
import { describe, expect, it } from 'vitest';
import { ColbertReranker } from '../src/colbertReranker.ts';
import { ModelRegistry } from '../src/modelRegistry.ts';

describe('ColbertReranker.documentTokens', () => {
  const models = new ModelRegistry([DEFAULT_MODEL_DIR]);
  const model = models.defaultModel;

  it('gives the text’s tokens with the offsets of their words', async () => {
    const reranker = new ColbertReranker(models);
    const text = 'Sandberg Wireless Laser Pro mouse. Sandberg';
    const tokens = await reranker.documentTokens(model, text);
    const words = tokens.filter((t) => t.span).map((t) => text.slice(t.span!.start, t.span!.end));
    expect(words.map((w) => w.toLowerCase())).toEqual([
      'sand',
      'berg',
      'wireless',
      'laser',
      'pro',
      'mouse',
      'sand',
      'berg',
    ]);
    const other = await reranker.documentTokens(model, 'HP mouse');
    const mouse = tokens.find((t) => t.span && text.slice(t.span.start, t.span.end) === 'mouse');
    expect(other.map((t) => t.id)).toContain(mouse!.id);
  });
});
