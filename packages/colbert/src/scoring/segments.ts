// Ragged documents → a rectangular [segments, width] index grid, so that ONNX Runtime can take the
// per-document max with one Gather + ReduceMax. A document longer than the width is cut into
// several segments; the caller takes the max over a document's segments (a few values each).

export interface Segments {
  /** Columns per segment. */
  width: number;
  /** [segmentCount * width]: the similarity row each cell reads; pads repeat the segment's first row. */
  cells: Int32Array;
  /** [K + 1]: document k owns segments first[k] .. first[k+1]-1 (none when it is empty). */
  first: Int32Array;
}

/** Widths tried; the one with the fewest cells wins (wider on ties: fewer segments to merge). */
const WIDTHS = [8, 16, 32, 64, 128];

/** Picks the width that wastes the fewest padded cells for these lengths. */
export function chooseWidth(offsets: Int32Array): number {
  let longest = 0;
  for (let k = 0; k + 1 < offsets.length; k++)
    longest = Math.max(longest, offsets[k + 1]! - offsets[k]!);
  const candidates = longest > 0 && longest <= 128 ? [...WIDTHS, longest] : WIDTHS;
  let best = WIDTHS[0]!;
  let bestCells = Infinity;
  for (const width of candidates) {
    let cells = 0;
    for (let k = 0; k + 1 < offsets.length; k++) {
      cells += Math.ceil((offsets[k + 1]! - offsets[k]!) / width) * width;
    }
    if (cells < bestCells || (cells === bestCells && width > best)) {
      best = width;
      bestCells = cells;
    }
  }
  return best;
}

/**
 * Segments of `offsets`' documents; `rowOf(t)` maps the t-th token of the batch to the row of the
 * similarity matrix that holds it (the identity for vectors, a unique-id slot for token ids).
 */
export function segmentDocuments(offsets: Int32Array, rowOf: Int32Array | null): Segments {
  const width = chooseWidth(offsets);
  const K = offsets.length - 1;
  const first = new Int32Array(K + 1);
  for (let k = 0; k < K; k++) {
    first[k + 1] = first[k]! + Math.ceil((offsets[k + 1]! - offsets[k]!) / width);
  }
  const cells = new Int32Array(first[K]! * width);
  let cell = 0;
  for (let k = 0; k < K; k++) {
    for (let s = offsets[k]!; s < offsets[k + 1]!; s += width) {
      const end = Math.min(s + width, offsets[k + 1]!);
      const head = rowOf ? rowOf[s]! : s;
      for (let t = s; t < s + width; t++) cells[cell++] = t < end ? (rowOf ? rowOf[t]! : t) : head;
    }
  }
  return { width, cells, first };
}
