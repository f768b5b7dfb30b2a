// A simplified `_rankingScore` (1 for a placeholder search, lower for fewer matched words and
// more typos) and `_rankingScoreDetails` for the two rules whose details callers read: `words`
// and `typo`, in Meilisearch's documented shape.
import type { TextMatch } from './textMatcher.ts';

export function rankingScore(text: TextMatch | undefined, queryWords: number): number {
  if (!text) return 1;
  const score = wordsScore(text, queryWords) * typoScore(text);
  return Math.round(score * 10_000) / 10_000;
}

export function rankingScoreDetails(
  text: TextMatch | undefined,
  queryWords: number,
  rules: readonly string[],
): Record<string, unknown> {
  if (!text) return {};
  const details: Record<string, unknown> = {};
  const words = rules.indexOf('words');
  const typo = rules.indexOf('typo');
  if (words >= 0) {
    details.words = {
      order: words,
      matchingWords: text.matchedWords,
      maxMatchingWords: queryWords,
      score: wordsScore(text, queryWords),
    };
  }
  if (typo >= 0) {
    details.typo = {
      order: typo,
      typoCount: text.typos,
      maxTypoCount: text.maxTypos,
      score: typoScore(text),
    };
  }
  return details;
}

const wordsScore = (text: TextMatch, queryWords: number) => text.matchedWords / queryWords;
const typoScore = (text: TextMatch) => 1 - text.typos / (text.maxTypos + 1);
