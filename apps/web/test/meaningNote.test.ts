import { describe, expect, it } from 'vitest';
import { meaningNote } from '../src/lib/storefront/meaningNote';

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
