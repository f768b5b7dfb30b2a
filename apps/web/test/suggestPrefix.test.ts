import { describe, expect, it } from 'vitest';
import { wantsSuggestions } from '../src/lib/storefront/suggestPrefix';

describe('when the search box asks for suggestions', () => {
  it('from two characters up to the 200 search.suggest accepts', () => {
    expect(wantsSuggestions('m')).toBe(false);
    expect(wantsSuggestions('mo')).toBe(true);
    expect(wantsSuggestions('a'.repeat(200))).toBe(true);
    expect(wantsSuggestions('a'.repeat(201))).toBe(false);
    expect(wantsSuggestions('a'.repeat(300))).toBe(false);
  });
});
