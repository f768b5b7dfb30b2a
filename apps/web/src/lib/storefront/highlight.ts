// The words of a product title to mark as matched: where the reranker found a strong match for a
// query word, or, when the hit carries no explanation (keyword order), the query's own words.
import type { TokenMatch } from './apiTypes';
import { expandToWord, findWordMatches, queryWords } from './words';

export interface TextSegment {
  text: string;
  matched: boolean;
}

/** A token counts as matched from this similarity up (a "good" match in the explanation). */
export const HIGHLIGHT_SIMILARITY = 0.6;
/** One-letter query words would mark half the title. */
const MIN_FALLBACK_WORD = 2;

export function titleSegments(title: string, q: string, explanation: TokenMatch[]): TextSegment[] {
  const ranges = explanation.length
    ? explanation
        .filter(
          (m) =>
            m.span !== null &&
            m.productSpan?.field === 'title' &&
            m.similarity >= HIGHLIGHT_SIMILARITY,
        )
        .map((m) => expandToWord(title, m.productSpan!.start, m.productSpan!.end))
    : findWordMatches(
        title,
        queryWords(q).filter((w) => w.length >= MIN_FALLBACK_WORD),
      );
  return toSegments(title, ranges);
}

/** A suggestion with the typed part of each word marked ("**Logi**tech" for "logi"). */
export function typedPrefixSegments(text: string, typed: string): TextSegment[] {
  const words = queryWords(typed);
  const ranges = findWordMatches(text, words).map(({ start, end }) => {
    const word = text.slice(start, end).toLowerCase();
    const longest = Math.max(...words.filter((w) => word.startsWith(w)).map((w) => w.length));
    return { start, end: start + longest };
  });
  return toSegments(text, ranges);
}

function toSegments(text: string, ranges: { start: number; end: number }[]): TextSegment[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), matched: false });
    segments.push({ text: text.slice(start, range.end), matched: true });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), matched: false });
  return segments;
}
