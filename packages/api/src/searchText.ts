// Search text as the API takes it, shared with the storefront (`@shopsearch/api/searchText`) so
// both apply the same limits and the same idea of "no words". Imports nothing: browser bundles
// load it.

export const MAX_QUERY_LENGTH = 512;
export const MAX_SUGGEST_PREFIX_LENGTH = 200;

// Whitespace and the characters Unicode defines as invisible (zero-width space and joiners, word
// joiner, BOM, bidi marks, fillers): text made of nothing else has no word to search for.
const NOTHING_VISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** Whether text would search for nothing at all, like an empty box (a browse). */
export function isBlankSearchText(text: string): boolean {
  return NOTHING_VISIBLE.test(text);
}
