// Runs a validated encoder session on a batch of token sequences: pads them to the longest,
// feeds int64 input_ids / attention_mask (and zero token_type_ids when the model wants them), and
// hands back each sequence's output rows.
import * as ort from 'onnxruntime-node';
import { ShapeError } from '../errors.ts';

export interface EncoderInput {
  inputIds: Int32Array;
  /** Defaults to all ones. */
  attentionMask?: Uint8Array;
}

/** Writes small non-negative integers as int64 through the low 32-bit words (little-endian). */
function int64Grid(
  rows: number,
  cols: number,
  valueAt: (r: number, c: number) => number,
): BigInt64Array {
  const grid = new BigInt64Array(rows * cols);
  const words = new Int32Array(grid.buffer);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) words[2 * (r * cols + c)] = valueAt(r, c);
  }
  return grid;
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

  /** Raw (unnormalised) vectors [length, dim] for every position of every input. */
  async run(inputs: readonly EncoderInput[]): Promise<Float32Array[]> {
    const B = inputs.length;
    const L = Math.max(...inputs.map((x) => x.inputIds.length));
    const ids = int64Grid(B, L, (r, c) => inputs[r]!.inputIds[c] ?? this.#padId);
    const mask = int64Grid(B, L, (r, c) => {
      const { inputIds, attentionMask } = inputs[r]!;
      return c >= inputIds.length ? 0 : attentionMask ? attentionMask[c]! : 1;
    });
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
    return inputs.map((x, r) =>
      data.slice(r * L * this.#dim, (r * L + x.inputIds.length) * this.#dim),
    );
  }
}
