// Static models: a query token's nearest vocabulary tokens by cosine ("laptop" → "notebook",
// "computers"), read from its vocabulary row (vocabularySimilarity.ts). The search pipeline looks
// products up by these ids to find candidates by meaning, as ColBERT's end-to-end retrieval does
// with its nearest-neighbour index.

export interface TokenNeighbour {
  id: number;
  text: string;
  cosine: number;
}

export interface NeighbourOptions {
  /** Most neighbours per query token. */
  perToken: number;
  /** Least cosine a neighbour must reach. */
  minCosine: number;
}

/** Whole words of three letters or more: what a shopper would read as another word for theirs. */
const WORD = /^\p{L}{3,}$/u;

/** 1 for each vocabulary id that is a whole word (not "##ing", "[SEP]", "64" or "a"), else 0. */
export function wordTokenMask(tokenOf: (id: number) => string, vocabSize: number): Uint8Array {
  const mask = new Uint8Array(vocabSize);
  for (let id = 0; id < vocabSize; id++) if (WORD.test(tokenOf(id))) mask[id] = 1;
  return mask;
}

/** Letters two words must share from their start to count as forms of one word ("print…"). */
const SHARED_STEM = 5;

/** Whether two lower-case words are forms of one word: one starts the other, or a stem is shared. */
function sameWord(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  return a.slice(0, SHARED_STEM) === b.slice(0, SHARED_STEM) && a.length >= SHARED_STEM;
}

/**
 * The `perToken` word tokens closest to `self` in its row, best first, at `minCosine` or above.
 * Leaves out `self` and its forms ("laptops" for "laptop", "printing" for "printer"): a first
 * stage's stemming finds those, or they name another thing. Equal cosines keep the smaller id
 * first (deterministic).
 */
export function nearestTokens(
  row: Float32Array,
  self: { id: number; text: string },
  words: Uint8Array,
  tokenOf: (id: number) => string,
  options: NeighbourOptions,
): TokenNeighbour[] {
  if (options.perToken <= 0 || !words[self.id]) return [];
  const best: { id: number; cosine: number }[] = [];
  const worse = (a: { id: number; cosine: number }, b: { id: number; cosine: number }) =>
    a.cosine < b.cosine || (a.cosine === b.cosine && a.id > b.id);
  const own = self.text.toLowerCase();
  for (let id = 0; id < row.length; id++) {
    const cosine = row[id]!;
    if (cosine < options.minCosine || id === self.id || !words[id]) continue;
    const entry = { id, cosine };
    if (best.length === options.perToken && !worse(best[best.length - 1]!, entry)) continue;
    // A word form is checked only for the few ids that would enter the list.
    if (sameWord(own, tokenOf(id).toLowerCase())) continue;
    let at = best.length;
    while (at > 0 && worse(best[at - 1]!, entry)) at--;
    best.splice(at, 0, entry);
    if (best.length > options.perToken) best.pop();
  }
  return best.map((b) => ({ id: b.id, text: tokenOf(b.id), cosine: b.cosine }));
}
