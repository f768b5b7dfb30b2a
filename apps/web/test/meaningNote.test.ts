import { describe, expect, it } from 'vitest';
import { meaningNote, productTypeNote } from '../src/lib/storefront/meaningNote';

describe('meaningNote', () => {
  it('names each query word and the product’s word near it', () => {
    expect(
      meaningNote([{ queryWord: 'laptop', productWord: 'notebook', similarity: 0.5612 }]),
    ).toBe('Found by meaning alone: ‘laptop’ → ‘notebook’ (56%).');
    expect(
      meaningNote([
        { queryWord: 'wireless', productWord: 'antenna', similarity: 0.49 },
        { queryWord: 'mouse', productWord: 'mice', similarity: 0.781 },
      ]),
    ).toBe('Found by meaning alone: ‘wireless’ → ‘antenna’ (49%), ‘mouse’ → ‘mice’ (78%).');
  });

  it('says nothing for a product the first stage found', () => {
    expect(meaningNote([])).toBeNull();
  });
});

describe('productTypeNote', () => {
  it('names the query word and the catalog type it was taken to mean', () => {
    expect(
      productTypeNote({
        queryWord: 'laptop',
        productType: 'Notebook',
        attribute: 'attr_t_product_type',
        similarity: 0.5612,
      }),
    ).toBe('‘laptop’ → product type ‘Notebook’ (56%): ranked as what you are looking for.');
    expect(productTypeNote(null)).toBeNull();
  });
});
