// Token sequences → final vectors (normalised when the config says so) plus each vector's norm
// before normalisation (the query-token weight). Two sources: the ONNX encoder, and for static
// models the vocabulary table that the same encoder produced at load time.
import { normalizeRows } from './normalizeRows.ts';
import type { EncoderInput, OnnxEncoder } from './onnxEncoder.ts';

export interface EncodedRows {
  /** [rows, dim] */
  vectors: Float32Array;
  /** [rows] */
  norms: Float32Array;
}

export interface TokenEncoder {
  encode(inputs: readonly EncoderInput[]): Promise<EncodedRows[]>;
}

/** Runs the ONNX session, then normalises. */
export function onnxTokenEncoder(
  encoder: OnnxEncoder,
  dim: number,
  normalize: boolean,
): TokenEncoder {
  return {
    async encode(inputs) {
      const outputs = await encoder.run(inputs);
      return outputs.map((vectors) => ({
        vectors,
        norms: normalize ? normalizeRows(vectors, dim) : normalizeRows(vectors.slice(), dim),
      }));
    },
  };
}

/** The vocabulary's vectors and norms, as the ONNX encoder computed them once at load time. */
export interface TokenTable {
  /** [vocabSize, dim], normalised when the config says so. */
  vectors: Float32Array;
  /** [vocabSize] */
  norms: Float32Array;
}

/**
 * Static models: a token's vector depends only on its id (checked at load), so rows are copied
 * from the table, bit for bit what the ONNX path gives, without padding or a session run.
 */
export function tableTokenEncoder(table: TokenTable, dim: number): TokenEncoder {
  return {
    async encode(inputs) {
      return inputs.map(({ inputIds, rows }) => {
        const count = rows ? rows.length : inputIds.length;
        const vectors = new Float32Array(count * dim);
        const norms = new Float32Array(count);
        for (let r = 0; r < count; r++) {
          const id = inputIds[rows ? rows[r]! : r]!;
          vectors.set(table.vectors.subarray(id * dim, (id + 1) * dim), r * dim);
          norms[r] = table.norms[id]!;
        }
        return { vectors, norms };
      });
    },
  };
}
