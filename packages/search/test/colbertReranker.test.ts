import { DEFAULT_MODEL_DIR } from '@shopsearch/colbert';
import { describe, expect, it } from 'vitest';
import { ColbertReranker } from '../src/colbertReranker.ts';
import { ModelRegistry } from '../src/modelRegistry.ts';

describe('ColbertReranker.documentTokens', () => {
  const models = new ModelRegistry([DEFAULT_MODEL_DIR]);
  const model = models.defaultModel;

  it('keeps each text’s tokens and offsets, and tokenises a different text afresh', async () => {
    const reranker = new ColbertReranker(models);
    const text = 'Sandberg Wireless Laser Pro mouse. Sandberg';
    const first = await reranker.documentTokens(model, text);
    expect(await reranker.documentTokens(model, text)).toBe(first);
    const other = await reranker.documentTokens(model, 'HP mouse');
    expect(other).not.toBe(first);
    const mouse = first.find((t) => t.span && text.slice(t.span.start, t.span.end) === 'mouse');
    expect(mouse).toBeDefined();
    expect(other.map((t) => t.id)).toContain(mouse!.id);
  });

  it('gives the same tokens from the cache as from the model, and evicts beyond its size', async () => {
    const tiny = new ColbertReranker(models, { documentTokenCacheBytes: 1 });
    const cached = new ColbertReranker(models);
    const text = 'Xerox 006R90321 toner cartridge Original Black 6 pc(s)';
    await cached.documentTokens(model, text);
    const fresh = await tiny.documentTokens(model, text);
    expect(await cached.documentTokens(model, text)).toEqual(fresh);
    // Too large for a 1-byte cache: every call tokenises again.
    expect(await tiny.documentTokens(model, text)).not.toBe(fresh);
  });
});
