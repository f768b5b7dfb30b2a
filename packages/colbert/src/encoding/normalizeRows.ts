/**
 * L2-normalises each row of X [rows, dim] in place and returns the norms [rows] it divided by.
 * A zero row stays zero (norm 0): no NaN reaches the scores.
 */
export function normalizeRows(X: Float32Array, dim: number): Float32Array {
  const rows = X.length / dim;
  const norms = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let k = r * dim; k < (r + 1) * dim; k++) sum += X[k]! * X[k]!;
    const norm = Math.sqrt(sum);
    norms[r] = norm;
    if (norm > 0) for (let k = r * dim; k < (r + 1) * dim; k++) X[k] = X[k]! / norm;
  }
  return norms;
}
