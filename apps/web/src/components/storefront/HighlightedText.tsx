import type { TextSegment } from '~/lib/storefront/highlight';

/** Text with some parts marked; every part is rendered as text, never as markup. */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s, i) => (s.matched ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
