import { describe, expect, it } from 'vitest';
import { searchTitle } from '../src/lib/storefront/searchTitle';

describe('search page title', () => {
  it('shortens long words before an emoji rather than through it', () => {
    expect(searchTitle(`${'a'.repeat(79)}\u{1F600}`, 'Demo')).toBe(`“${'a'.repeat(79)}” – Demo`);
    expect(searchTitle(' mouse ', 'Demo')).toBe('“mouse” – Demo');
    expect(searchTitle(' ', 'Demo')).toBe('Demo');
  });
});
