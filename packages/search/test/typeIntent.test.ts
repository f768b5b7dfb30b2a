// Type intent's matching and gate with the default model's real token vectors: a query word that
// means a catalog type it does not name, and the queries left alone.
import { DEFAULT_MODEL_DIR } from '@shopsearch/colbert';
import { describe, expect, it } from 'vitest';
import { ColbertReranker } from '../src/colbertReranker.ts';
import { ModelRegistry } from '../src/modelRegistry.ts';
import { catalogTypesOf } from '../src/productTypes/catalogTypes.ts';
import { typeIntentOf } from '../src/productTypes/typeIntent.ts';

/** Types as the Icecat catalog writes them (the attribute each is named in). */
const TYPES = catalogTypesOf(
  [
    ['attr_t_product_type', 'Processor'],
    ['attr_t_product_type', 'Notebook'],
    ['attr_t_product_type', 'Headphones'],
    ['attr_t_product_type', 'Desktop Board'],
    ['attr_t_product_type', 'PC'],
    ['attr_t_type', 'Desk-mounted CPU holder'],
    ['attr_t_type', 'Tabletop router'],
    ['attr_t_type', 'Keyboard'],
    ['attr_t_type', 'Battery'],
    ['attr_t_type', 'Battery'],
  ].map(([attribute, label]) => ({ attribute: attribute!, label: label! })),
);

describe('typeIntentOf (potion-base-4m)', () => {
  const models = new ModelRegistry([DEFAULT_MODEL_DIR]);
  const reranker = new ColbertReranker(models);
  const intentOf = async (text: string) => {
    const query = await reranker.encodeQuery(models.defaultModel, text);
    return typeIntentOf(text, TYPES, await reranker.labelSimilarities(query, TYPES.labels));
  };

  it('keeps each type once, named by the attribute that names it first', () => {
    expect(TYPES.labels.filter((l) => l === 'Battery')).toHaveLength(1);
    expect(TYPES.attributes[TYPES.labels.indexOf('Notebook')]).toBe('attr_t_product_type');
    expect([...TYPES.heads]).toContain('board');
  });

  it('takes "laptop" for the type "Notebook", as the head of a longer query too', async () => {
    for (const text of ['laptop', 'laptops', 'gaming laptop']) {
      const intent = await intentOf(text);
      expect(intent).toMatchObject({
        queryWord: text.split(' ').at(-1),
        productType: 'Notebook',
        attribute: 'attr_t_product_type',
      });
      expect(intent!.similarity).toBeGreaterThan(0.5);
      expect(intent!.similarity).toBeLessThan(0.7);
    }
    expect(await intentOf('cpu')).toMatchObject({ productType: 'Processor' });
  });

  it('leaves alone a query naming a type, one whose head is another thing, and far words', async () => {
    // Named: the type itself, its plural, or another word of the query.
    for (const text of ['notebook', 'keyboards', 'batteries', 'gaming pc', 'laptop keyboard'])
      expect(await intentOf(text)).toBeNull();
    // "laptop case" is a case; "mouse" and "monitor" are near no type.
    for (const text of ['laptop case', 'mouse', 'monitor']) expect(await intentOf(text)).toBeNull();
  });

  it('does not take a type that holds the word itself or its stem for a meaning of it', async () => {
    // "Desktop Board" holds "desktop", "Tabletop router" "table": their cosines are the words'.
    expect(await intentOf('desktop')).toBeNull();
    expect(await intentOf('tablet')).toBeNull();
    // "cpu" skips "Desk-mounted CPU holder" for the nearest type without the word.
    expect((await intentOf('cpu'))?.productType).toBe('Processor');
  });
});
