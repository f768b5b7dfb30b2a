// Length-bucketed batching: sequences sorted by length are grouped so each batch pads little,
// then results are put back in input order by the caller (ColBERT's reverse_indices).

/**
 * Indices of non-empty sequences grouped into batches of similar length, longest first. A batch
 * holds at most `maxTokens` padded tokens (batch size × its longest length), and at least one sequence.
 */
export function lengthBuckets(lengths: readonly number[], maxTokens: number): number[][] {
  const order = lengths
    .map((length, index) => ({ length, index }))
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length || a.index - b.index);
  const batches: number[][] = [];
  let batch: number[] = [];
  let longest = 0;
  for (const { length, index } of order) {
    if (batch.length > 0 && (batch.length + 1) * Math.max(longest, length) > maxTokens) {
      batches.push(batch);
      batch = [];
      longest = 0;
    }
    batch.push(index);
    longest = Math.max(longest, length);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
