// When the search box asks for completions: from a couple of characters (one narrows nothing down)
// up to the API's limit (longer text is a search being edited, not a word being typed).
import { SEARCH_LIMITS } from '@shopsearch/search/limits';

const MIN_PREFIX_LENGTH = 2;

/** Whether to ask search.suggest for completions of `prefix` (already trimmed). */
export function wantsSuggestions(prefix: string): boolean {
  return prefix.length >= MIN_PREFIX_LENGTH && prefix.length <= SEARCH_LIMITS.suggestPrefixLength;
}
