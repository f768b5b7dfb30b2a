// A static model's whole vocabulary run through its own ONNX graph once: the table that encodes
// its texts afterwards and that the token-id codec and kernel read.
import { normalizeRows } from '../encoding/normalizeRows.ts';
import type { OnnxEncoder } from '../encoding/onnxEncoder.ts';
import type { TokenTable } from '../encoding/tokenEncoder.ts';

const IDS_PER_RUN = 8192;

/** Every id of the vocabulary through the ONNX encoder: vectors normalised when `normalize`. */
export async function buildTokenTable(
  encoder: OnnxEncoder,
  vocabSize: number,
  dim: number,
  normalize: boolean,
): Promise<TokenTable> {
  const vectors = new Float32Array(vocabSize * dim);
  for (let from = 0; from < vocabSize; from += IDS_PER_RUN) {
    const ids = Int32Array.from(
      { length: Math.min(IDS_PER_RUN, vocabSize - from) },
      (_, i) => from + i,
    );
    const [rows] = await encoder.run([{ inputIds: ids }]);
    vectors.set(rows!, from * dim);
  }
  const norms = normalize ? normalizeRows(vectors, dim) : normalizeRows(vectors.slice(), dim);
  return { vectors, norms };
}

/**
 * null when the encoder gives the same vector to a token whatever surrounds it (what kind
 * 'static' promises), else a description of the difference.
 */
export async function staticViolation(
  encoder: OnnxEncoder,
  ids: readonly [number, number, number],
  dim: number,
): Promise<string | null> {
  const [a, b, c] = ids;
  const [first, second] = await encoder.run([
    { inputIds: Int32Array.of(a, b) },
    { inputIds: Int32Array.of(c, c, a) },
  ]);
  for (let k = 0; k < dim; k++) {
    if (first![k] !== second![2 * dim + k]) {
      return `token ${a} gets different vectors in different contexts, but colbert.json says kind "static"`;
    }
  }
  return null;
}
