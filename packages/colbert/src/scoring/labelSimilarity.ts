// Static models: how near a query token is to each of a set of short labels (a catalog's product
// types: "Notebook", "Network Interface Card"). A label's vector is the normalised sum of its word
// tokens' vectors; a token's cosine to it is one dot product with the token's table row. No
// vocabulary row (table · q, what MaxSim reads) is needed, so the search can ask before those are
// computed, at a few microseconds per label.

/** Letters only, two or more: the words of a label ("2-in-1", "(", "##s" carry no meaning of their own). */
const LABEL_WORD = /^\p{L}{2,}$/u;

export interface TokenLabels {
  readonly labels: readonly string[];
  readonly dim: number;
  /** [labels, dim]: each label's normalised vector (zeros for a label without a word). */
  readonly vectors: Float32Array;
}

/** The labels' vectors: their word tokens (by `tokenize`, the document tokenizer), summed and normalised. */
export function tokenLabels(
  labels: readonly string[],
  tokenize: (text: string) => readonly { id: number; text: string }[],
  table: Float32Array,
  dim: number,
): TokenLabels {
  const vectors = new Float32Array(labels.length * dim);
  labels.forEach((label, i) => {
    const sum = vectors.subarray(i * dim, (i + 1) * dim);
    for (const t of tokenize(label)) {
      if (!LABEL_WORD.test(t.text)) continue;
      for (let k = 0; k < dim; k++) sum[k]! += table[t.id * dim + k]!;
    }
    let squares = 0;
    for (let k = 0; k < dim; k++) squares += sum[k]! * sum[k]!;
    const norm = Math.sqrt(squares);
    if (norm > 0) for (let k = 0; k < dim; k++) sum[k]! /= norm;
  });
  return { labels, dim, vectors };
}

/** Each label's cosine to a normalised token vector (0 for a label without words). */
export function labelCosines(vector: Float32Array, labels: TokenLabels): Float32Array {
  const { dim, vectors } = labels;
  const cosines = new Float32Array(labels.labels.length);
  for (let i = 0; i < cosines.length; i++) {
    let dot = 0;
    for (let k = 0; k < dim; k++) dot += vector[k]! * vectors[i * dim + k]!;
    cosines[i] = dot;
  }
  return cosines;
}
