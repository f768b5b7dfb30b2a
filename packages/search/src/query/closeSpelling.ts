// A likely intended word for one the catalog does not know ("keybord" → "keyboard"), found among
// the store's own suggestions for ever shorter prefixes of it, within a small edit distance.
import type { SearchService } from '../pipeline/searchService.ts';

const MIN_PREFIX = 3;
/** How many letters may be cut from the end before giving up. */
const MAX_CUT = 3;

export async function closeSpelling(
  search: Pick<SearchService, 'suggest'>,
  storeId: number,
  word: string,
): Promise<string | null> {
  const target = word.toLowerCase();
  // Model numbers and short words have too many neighbours to guess from.
  if (target.length < MIN_PREFIX + 1 || !/^\p{L}+$/u.test(target)) return null;
  const shortest = Math.max(MIN_PREFIX, target.length - MAX_CUT);
  for (let length = target.length; length >= shortest; length -= 1) {
    const prefix = target.slice(0, length);
    const suggestions = await search.suggest(storeId, prefix, 8);
    const words = suggestions
      .flatMap((s) => s.text.toLowerCase().match(/\p{L}+/gu) ?? [])
      .filter((w) => w.startsWith(prefix));
    // The catalog has the word itself: whatever failed, it was not the spelling.
    if (words.includes(target)) return null;
    const best = closest(target, words);
    if (best) return best;
  }
  return null;
}

function closest(target: string, words: string[]): string | null {
  const allowed = target.length <= 4 ? 1 : 2;
  let best: { word: string; distance: number } | null = null;
  for (const word of words) {
    const distance = editDistance(target, word);
    if (distance <= allowed && (!best || distance < best.distance)) best = { word, distance };
  }
  return best?.word ?? null;
}

/** Levenshtein distance counting a swap of two neighbouring letters as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
