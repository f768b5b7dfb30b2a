import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../src/lib/storefront/apiTypes';
import { resultsHeading } from '../src/lib/storefront/resultsHeading';

const found = (total: number, totalExhaustive = true) =>
  ({ total, totalExhaustive }) as SearchResult;
const plain = { filtered: false, failed: false };
const filtered = { filtered: true, failed: false };

describe('results heading', () => {
  it('counts results for the words', () => {
    expect(resultsHeading('laptop bag', found(19406), plain)).toBe(
      '19,406 results for “laptop bag”',
    );
    expect(resultsHeading('laptop bag', found(1), filtered)).toBe('1 result for “laptop bag”');
    expect(resultsHeading('laptop bag', found(0), plain)).toBe('No results for “laptop bag”');
  });

  it('says "at least" for a total the first stage stopped counting at its bound', () => {
    expect(resultsHeading('usb cable', found(2000, false), plain)).toBe(
      '2,000+ results for “usb cable”',
    );
    expect(resultsHeading('', found(2000, false), filtered)).toBe(
      'Products matching these filters (2,000+)',
    );
  });

  it('claims all products only when no filter narrows them', () => {
    expect(resultsHeading('', found(19406), plain)).toBe('All products (19,406)');
    expect(resultsHeading('', found(2), filtered)).toBe('Products matching these filters (2)');
    expect(resultsHeading('', found(0), filtered)).toBe('No products match these filters');
  });

  it('states no count while the search loads, and none after it failed', () => {
    expect(resultsHeading('laptop bag', undefined, plain)).toBe('Searching for “laptop bag”');
    expect(resultsHeading('', undefined, filtered)).toBe('Searching products');
    expect(resultsHeading('laptop bag', undefined, { ...plain, failed: true })).toBe(
      'Results for “laptop bag”',
    );
    expect(resultsHeading('', undefined, { ...plain, failed: true })).toBe('Products');
  });
});
