import { describe, expect, it } from 'vitest';
import { facetCountLabel } from '../src/lib/storefront/facetCount';

describe('facetCountLabel', () => {
  it('shows exact counts in full', () => {
    expect(facetCountLabel(1234, false)).toBe('1,234');
    expect(facetCountLabel(0, false)).toBe('0');
  });

  it('marks estimates and rounds them to two significant figures', () => {
    expect(facetCountLabel(1234, true)).toBe('≈1,200');
    expect(facetCountLabel(7, true)).toBe('≈7');
  });

  it('shows no number for a value the sample did not meet', () => {
    expect(facetCountLabel(0, true)).toBe('');
  });
});
