// A number's unit in a query ("64gb" → "64", "##gb"; "2m" → "2", "##m"). A static model gives
// "##gb" the same vector after every number, so "4 GB" in a description matched the unit of
// "64gb" fully; the unit only says something next to its number. Each such unit token is anchored
// to its number: it counts only where a document token follows that same number (tokenIdMaxSim).

/** A query token as tokenised: its id and vocabulary entry ("##gb" continues the word before). */
export interface AnchorableToken {
  id: number;
  text: string;
}

/** No anchor: the query token matches anywhere. */
export const UNANCHORED = -1;

/**
 * Per query token, the number id its document match must follow (a piece that continues a number
 * in the same word and is not a number itself), or UNANCHORED; null when no token is anchored.
 */
export function unitAnchors(
  tokens: readonly AnchorableToken[],
  isNumber: (id: number) => boolean,
): Int32Array | null {
  let anchors: Int32Array | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const unit = tokens[i]!;
    const before = tokens[i - 1]!;
    if (!unit.text.startsWith('##') || isNumber(unit.id) || !isNumber(before.id)) continue;
    anchors ??= new Int32Array(tokens.length).fill(UNANCHORED);
    anchors[i] = before.id;
  }
  return anchors;
}

/**
 * The best entry of `row` over the document tokens `tokenIds[start..end)` (in text order) for a
 * query token anchored to `anchor`: a token right after `anchor` counts as it is, any other at most
 * 0 (as a number that is not the query's). Returns the value and the token's index.
 */
export function anchoredMax(
  row: Float32Array,
  tokenIds: Int32Array,
  start: number,
  end: number,
  anchor: number,
): { value: number; at: number } {
  let value = -Infinity;
  let at = start;
  for (let t = start; t < end; t++) {
    const s = row[tokenIds[t]!]!;
    const v = t > start && tokenIds[t - 1] === anchor ? s : Math.min(s, 0);
    if (v > value) {
      value = v;
      at = t;
    }
  }
  return { value, at };
}
