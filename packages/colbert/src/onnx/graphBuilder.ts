// Small typed helpers over onnx-proto, so graph-building code (scoring graphs, the static model
// converter, the random BERT generator) reads as a list of ONNX nodes rather than protobuf plumbing.
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

export const ElemType = {
  float32: onnx.TensorProto.DataType.FLOAT,
  float16: onnx.TensorProto.DataType.FLOAT16,
  int8: onnx.TensorProto.DataType.INT8,
  int32: onnx.TensorProto.DataType.INT32,
  int64: onnx.TensorProto.DataType.INT64,
} as const;
export type ElemTypeName = keyof typeof ElemType;

/** A dimension is a fixed size or a symbolic name such as 'batch'. */
export type Dim = number | string;

/** Integers are INT/INTS attributes; a float attribute is written `{ float: 1e-12 }`. */
export type AttributeValue = number | number[] | string | { float: number };

export interface GraphSpec {
  name: string;
  inputs: onnxProto.onnx.IValueInfoProto[];
  outputs: onnxProto.onnx.IValueInfoProto[];
  nodes: onnxProto.onnx.INodeProto[];
  initializers?: onnxProto.onnx.ITensorProto[];
  /** Default opset 18 (LayerNormalization needs 17; Reduce* take axes as an input from 18). */
  opset?: number;
  docString?: string;
}

export function valueInfo(name: string, type: ElemTypeName, dims: readonly Dim[]) {
  return {
    name,
    type: {
      tensorType: {
        elemType: ElemType[type],
        shape: {
          dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })),
        },
      },
    },
  };
}

function attribute(name: string, value: AttributeValue): onnxProto.onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof value === 'string') {
    return { name, type: T.STRING, s: new TextEncoder().encode(value) };
  }
  if (Array.isArray(value)) return { name, type: T.INTS, ints: value };
  if (typeof value === 'object') return { name, type: T.FLOAT, f: value.float };
  return { name, type: T.INT, i: value };
}

export function node(
  opType: string,
  inputs: readonly string[],
  outputs: readonly string[],
  attributes: Record<string, AttributeValue> = {},
  domain = '',
): onnxProto.onnx.INodeProto {
  return {
    opType,
    domain,
    name: `${opType}_${outputs[0]}`,
    input: [...inputs],
    output: [...outputs],
    attribute: Object.entries(attributes).map(([k, v]) => attribute(k, v)),
  };
}

type TypedData = Float32Array | Int8Array | Int32Array | BigInt64Array | Uint16Array;

/** An initializer stored as raw little-endian bytes (compact for large weight tensors). */
export function tensor(
  name: string,
  type: ElemTypeName,
  dims: readonly number[],
  data: TypedData,
): onnxProto.onnx.ITensorProto {
  const expected = dims.reduce((a, b) => a * b, 1);
  if (data.length !== expected) {
    throw new Error(`tensor ${name}: ${data.length} values for shape [${dims.join(', ')}]`);
  }
  return {
    name,
    dataType: ElemType[type],
    dims: [...dims],
    rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}

export function int64Tensor(name: string, values: readonly number[]): onnxProto.onnx.ITensorProto {
  return tensor(name, 'int64', [values.length], BigInt64Array.from(values.map(BigInt)));
}

export function float32Scalar(name: string, value: number): onnxProto.onnx.ITensorProto {
  return tensor(name, 'float32', [], Float32Array.of(value));
}

/** Serialises a graph to ONNX model bytes (IR version 8, the newest onnx-proto knows). */
export function encodeModel(spec: GraphSpec): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: '@shopsearch/colbert',
    opsetImport: [{ domain: '', version: spec.opset ?? 18 }],
    graph: {
      name: spec.name,
      docString: spec.docString ?? '',
      input: spec.inputs,
      output: spec.outputs,
      node: spec.nodes,
      initializer: spec.initializers ?? [],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
