import { describe, expect, it } from 'vitest';
import type { ProductSummary, TokenMatch } from '../src/lib/storefront/apiTypes';
import { titleSegments, typedPrefixSegments } from '../src/lib/storefront/highlight';
import { explainHit } from '../src/lib/storefront/matchExplanation';
import { tokenMatches } from '../src/lib/storefront/tokenMatches';

const product: ProductSummary = {
  id: '1',
  title: 'Philips Wireless notebook mouse SPM7800/10',
  brand: 'Philips',
  description: 'Touch me anywhere.',
  priceMinor: 2095,
  currency: 'USD',
  imageUrl: null,
  availability: 'in_stock',
};

/** Highlight segments written as text with the matched parts in brackets: `a [b] c`. */
function marked(text: string) {
  return text
    .split(/(\[[^\]]*\])/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('[')
        ? { text: part.slice(1, -1), matched: true }
        : { text: part, matched: false },
    );
}

function token(
  queryToken: string,
  querySpan: [number, number] | null,
  productToken: string,
  productSpan: [number, number] | null,
  similarity: number,
): TokenMatch {
  return {
    text: queryToken,
    span: querySpan && { start: querySpan[0], end: querySpan[1] },
    weight: 1,
    productToken,
    productSpan: productSpan && { field: 'title', start: productSpan[0], end: productSpan[1] },
    similarity,
  };
}

describe('why this result', () => {
  it('merges word pieces into the words the shopper typed and skips markers and pads', () => {
    const q = 'laptop mousepad';
    const explanation = [
      token('[Q]', null, 'philips', [0, 7], 0.2),
      token('laptop', [0, 6], 'notebook', [17, 25], 0.82),
      token('mouse', [7, 12], 'mouse', [26, 31], 1),
      token('##pad', [12, 15], 'mouse', [26, 31], 0.5),
      token('[MASK]', null, 'spm', [32, 35], 0.4),
    ];
    expect(explainHit(q, product, explanation)).toEqual([
      {
        queryWord: 'laptop',
        productWords: ['notebook'],
        field: 'title',
        similarity: 0.82,
        strength: 'strong',
      },
      {
        queryWord: 'mousepad',
        productWords: ['mouse'],
        field: 'title',
        similarity: 0.75,
        strength: 'good',
      },
    ]);
  });

  it('names where each word was found when there is no explanation', () => {
    expect(explainHit('philips touch cable', product, [])).toEqual([
      {
        queryWord: 'philips',
        productWords: ['Philips'],
        field: 'title',
        similarity: null,
        strength: 'keyword',
      },
      {
        queryWord: 'touch',
        productWords: ['Touch'],
        field: 'description',
        similarity: null,
        strength: 'keyword',
      },
      { queryWord: 'cable', productWords: [], field: null, similarity: null, strength: 'none' },
    ]);
  });
});

describe('title highlighting', () => {
  it('marks the title words the reranker matched well', () => {
    const explanation = [
      token('wireless', [0, 8], 'wireless', [8, 16], 1),
      token('mouse', [9, 14], 'mouse', [26, 31], 1),
      token('cheap', [15, 20], 'philips', [0, 7], 0.3),
    ];
    expect(titleSegments(product.title, 'wireless mouse cheap', explanation)).toEqual(
      marked('Philips [Wireless] notebook [mouse] SPM7800/10'),
    );
  });

  it('falls back to the query words, as prefixes of title words', () => {
    expect(titleSegments('Wireless notebook mouse', 'note', [])).toEqual(
      marked('Wireless [notebook] mouse'),
    );
  });
});

describe('suggestion highlighting', () => {
  it('marks only the typed beginning of each word', () => {
    expect(typedPrefixSegments('Case Logic for Logitech mice', 'logi m')).toEqual(
      marked('Case [Logi]c for [Logi]tech [m]ice'),
    );
  });
});

describe('token matches', () => {
  it("joins each match of a hit to the answer's query token of the same place", () => {
    const queryTokens = [
      { text: 'wireless', span: { start: 0, end: 8 }, weight: 1 },
      { text: 'mouse', span: { start: 9, end: 14 }, weight: 2 },
    ];
    const hit = {
      explanation: [
        { productToken: 'wireless', productSpan: null, similarity: 1 },
        { productToken: 'mouse', productSpan: null, similarity: 0.9 },
      ],
    };
    const joined = tokenMatches(queryTokens, hit);
    expect(joined.map((m) => [m.text, m.productToken, m.weight])).toEqual([
      ['wireless', 'wireless', 1],
      ['mouse', 'mouse', 2],
    ]);
    expect(tokenMatches([], hit)).toEqual([]); // no tokens to join to: nothing to explain
  });
});
