// Runs a validated encoder session on a batch of token sequences: pads them to the longest,
// feeds int64 input_ids / attention_mask (and zero token_type_ids when the model wants them), and
// hands back the requested output rows of each sequence.
import * as ort from 'onnxruntime-node';
import { ShapeError } from '../errors.ts';

export interface EncoderInput {
  inputIds: Int32Array;
  /** Defaults to all ones. */
  attentionMask?: Uint8Array;
  /** Positions whose vectors to return (ascending); defaults to all. */
  rows?: Int32Array;
}

/**
 * input_ids and attention_mask [B, L] as int64, written through their low 32-bit words
 * (little-endian; ids and mask values are small and non-negative).
 */
function int64Inputs(inputs: readonly EncoderInput[], L: number, padId: number) {
  const ids = new BigInt64Array(inputs.length * L);
  const mask = new BigInt64Array(inputs.length * L);
  const idWords = new Int32Array(ids.buffer);
  const maskWords = new Int32Array(mask.buffer);
  inputs.forEach(({ inputIds, attentionMask }, r) => {
    for (let c = 0; c < L; c++) {
      const cell = 2 * (r * L + c);
      const inside = c < inputIds.length;
      idWords[cell] = inside ? inputIds[c]! : padId;
      maskWords[cell] = inside ? (attentionMask ? attentionMask[c]! : 1) : 0;
    }
  });
  return { ids, mask };
}

export class OnnxEncoder {
  readonly #session: ort.InferenceSession;
  readonly #outputName: string;
  readonly #dim: number;
  readonly #padId: number;
  readonly #wantsTokenTypes: boolean;

  constructor(session: ort.InferenceSession, outputName: string, dim: number, padId: number) {
    this.#session = session;
    this.#outputName = outputName;
    this.#dim = dim;
    this.#padId = padId;
    this.#wantsTokenTypes = session.inputNames.includes('token_type_ids');
  }

  /** Raw (unnormalised) vectors [rows, dim] of every input: all positions unless `rows` is given. */
  async run(inputs: readonly EncoderInput[]): Promise<Float32Array[]> {
    const B = inputs.length;
    const L = inputs.reduce((longest, x) => Math.max(longest, x.inputIds.length), 0);
    const { ids, mask } = int64Inputs(inputs, L, this.#padId);
    const feeds: Record<string, ort.Tensor> = {
      input_ids: new ort.Tensor('int64', ids, [B, L]),
      attention_mask: new ort.Tensor('int64', mask, [B, L]),
    };
    if (this.#wantsTokenTypes)
      feeds.token_type_ids = new ort.Tensor('int64', new BigInt64Array(B * L), [B, L]);
    const output = (await this.#session.run(feeds, [this.#outputName]))[this.#outputName]!;
    const [b, l, dim] = output.dims;
    if (b !== B || l !== L || dim !== this.#dim) {
      throw new ShapeError(
        `encoder output ${this.#outputName} is [${output.dims.join(', ')}], expected [${B}, ${L}, ${this.#dim}]`,
      );
    }
    const data = output.data as Float32Array;
    return inputs.map(({ inputIds, rows }, r) => {
      const first = r * L * dim;
      if (!rows) return data.slice(first, first + inputIds.length * dim);
      const kept = new Float32Array(rows.length * dim);
      rows.forEach((row, j) =>
        kept.set(data.subarray(first + row * dim, first + (row + 1) * dim), j * dim),
      );
      return kept;
    });
  }
}
