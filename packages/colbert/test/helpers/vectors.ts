import { seededRandom } from '@shopsearch/eval';
import type { DocVectors, EncodedQueryLike } from '../../src/types.ts';

/** [rows, dim] with normalised random rows. */
export function randomRows(random: () => number, rows: number, dim: number): Float32Array {
  const X = new Float32Array(rows * dim);
  for (let r = 0; r < rows; r++) {
    let norm = 0;
    for (let k = 0; k < dim; k++) {
      X[r * dim + k] = random() * 2 - 1;
      norm += X[r * dim + k]! ** 2;
    }
    for (let k = 0; k < dim; k++) X[r * dim + k]! /= Math.sqrt(norm);
  }
  return X;
}

export function randomQuery(
  seed: number,
  length: number,
  dim: number,
  weighted = false,
): EncodedQueryLike {
  const random = seededRandom(seed);
  const weights = weighted ? Float32Array.from({ length }, () => random() * 3) : null;
  return { Q: randomRows(random, length, dim), length, dim, weights };
}

export function randomDocs(seed: number, lengths: readonly number[], dim: number): DocVectors[] {
  const random = seededRandom(seed);
  return lengths.map((length) => ({ D: randomRows(random, length, dim), length, dim }));
}

export function maxAbsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}
