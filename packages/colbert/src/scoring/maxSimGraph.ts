// The ONNX graph behind the default MaxSim kernel, built here so ONNX Runtime's BLAS (MLAS, with
// AVX-512 where present) does the dot products. One graph per stored codec, so packed float16,
// int8 and token-id rows go in as they are and are widened inside ORT, never in JS:
//
//   rows [r, dim] ── MatMul Qᵀ ──► S [r, Lq] ── Gather cells [v, c] ──► [v, c, Lq] ── ReduceMax(1) ──► M [v, Lq]
//                                                                             └── ArgMax(1) ──► best [v, Lq] (explain)
import { ElemType, encodeModel, int64Tensor, node, valueInfo } from '../onnx/graphBuilder.ts';
import type { CandidateBatch } from './candidateBatch.ts';

export type BatchCodec = CandidateBatch['codec'];

function rowInputs(codec: BatchCodec) {
  switch (codec) {
    case 'float32':
      return {
        inputs: [valueInfo('D', 'float32', ['n', 'dim'])],
        nodes: [node('Identity', ['D'], ['rows'])],
      };
    case 'float16':
      return {
        inputs: [valueInfo('D', 'float16', ['n', 'dim'])],
        nodes: [node('Cast', ['D'], ['rows'], { to: ElemType.float32 })],
      };
    case 'int8':
      return {
        inputs: [valueInfo('D', 'int8', ['n', 'dim']), valueInfo('scales', 'float32', ['n'])],
        nodes: [node('Cast', ['D'], ['rows'], { to: ElemType.float32 })],
      };
    case 'tokenid':
      return {
        inputs: [valueInfo('table', 'float32', ['vocab', 'dim']), valueInfo('ids', 'int32', ['n'])],
        nodes: [node('Gather', ['table', 'ids'], ['rows'])],
      };
  }
}

/** Model bytes of the MaxSim graph for one codec; `explain` adds the arg-max output. */
export function buildMaxSimGraph(codec: BatchCodec, explain: boolean): Uint8Array {
  const rows = rowInputs(codec);
  const similarity =
    codec === 'int8'
      ? [
          node('MatMul', ['rows', 'Qt'], ['codeS']),
          node('Unsqueeze', ['scales', 'axis1'], ['rowScales']),
          node('Mul', ['codeS', 'rowScales'], ['S']),
        ]
      : [node('MatMul', ['rows', 'Qt'], ['S'])];
  const outputs = [valueInfo('M', 'float32', ['segments', 'lq'])];
  const nodes = [
    ...rows.nodes,
    node('Transpose', ['Q'], ['Qt']),
    ...similarity,
    node('Gather', ['S', 'cells'], ['G']),
    node('ReduceMax', ['G', 'axis1'], ['M'], { keepdims: 0 }),
  ];
  if (explain) {
    nodes.push(node('ArgMax', ['G'], ['best'], { axis: 1, keepdims: 0 }));
    outputs.push(valueInfo('best', 'int64', ['segments', 'lq']));
  }
  return encodeModel({
    name: `maxsim_${codec}${explain ? '_explain' : ''}`,
    inputs: [
      valueInfo('Q', 'float32', ['lq', 'dim']),
      valueInfo('cells', 'int32', ['segments', 'width']),
      ...rows.inputs,
    ],
    outputs,
    nodes,
    initializers: [int64Tensor('axis1', [1])],
  });
}
