// Cutting text to a length in UTF-16 units (what the API and String#length count) without leaving
// half of a surrogate pair: a lone half is rendered as U+FFFD on the server but kept in the browser,
// so the two would disagree (React's hydration error #418).

/** `text` cut to at most `length` units, before an emoji or other character it would split. */
export function truncate(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
