// The ONNX graph of a static token-embedding model: one int8 table, looked up by id and widened
// to float32. Pads are zeroed through the attention mask, so the graph honours the same
// input_ids / attention_mask → [batch, seq, dim] contract as a contextual encoder.
import {
  encodeModel,
  int64Tensor,
  node,
  tensor,
  valueInfo,
  ElemType,
} from '../src/onnx/graphBuilder.ts';

export function staticModelGraph(
  table: Int8Array,
  vocabSize: number,
  dim: number,
  docString: string,
): Uint8Array {
  return encodeModel({
    name: 'static_token_embeddings',
    docString,
    inputs: [
      valueInfo('input_ids', 'int64', ['batch', 'seq']),
      valueInfo('attention_mask', 'int64', ['batch', 'seq']),
    ],
    outputs: [valueInfo('embeddings', 'float32', ['batch', 'seq', dim])],
    initializers: [
      tensor('token_table', 'int8', [vocabSize, dim], table),
      int64Tensor('last_axis', [-1]),
    ],
    nodes: [
      node('Gather', ['token_table', 'input_ids'], ['codes']),
      node('Cast', ['codes'], ['vectors'], { to: ElemType.float32 }),
      node('Cast', ['attention_mask'], ['mask'], { to: ElemType.float32 }),
      node('Unsqueeze', ['mask', 'last_axis'], ['mask3']),
      node('Mul', ['vectors', 'mask3'], ['embeddings']),
    ],
  });
}
