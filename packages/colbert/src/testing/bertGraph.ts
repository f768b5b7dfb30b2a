// The ONNX graph of a BERT encoder with a ColBERT projection, written op by op the way a PyTorch
// export looks (so ONNX Runtime applies its usual LayerNorm/GELU/attention fusions), with seeded
// random weights. It costs what a real model of the same shape costs; it knows nothing.
import {
  float32Scalar,
  int64Tensor,
  node,
  tensor,
  valueInfo,
  ElemType,
  encodeModel,
} from '../onnx/graphBuilder.ts';
import type { BertShape } from './bertShape.ts';
import { seededRandom } from '@shopsearch/eval';

type Node = ReturnType<typeof node>;
type Initializer = ReturnType<typeof tensor>;

class GraphParts {
  readonly nodes: Node[] = [];
  readonly initializers: Initializer[] = [];
  readonly #random: () => number;

  constructor(seed: number) {
    this.#random = seededRandom(seed);
  }

  /** Uniform weights with BERT's initializer standard deviation (0.02). */
  weights(name: string, dims: number[]): string {
    const values = new Float32Array(dims.reduce((a, b) => a * b, 1));
    const half = 0.02 * Math.sqrt(3);
    for (let i = 0; i < values.length; i++) values[i] = (this.#random() * 2 - 1) * half;
    this.initializers.push(tensor(name, 'float32', dims, values));
    return name;
  }

  filled(name: string, dims: number[], value: number): string {
    const count = dims.reduce((a, b) => a * b, 1);
    this.initializers.push(tensor(name, 'float32', dims, new Float32Array(count).fill(value)));
    return name;
  }

  add(
    op: string,
    inputs: string[],
    output: string,
    attributes: Parameters<typeof node>[3] = {},
  ): string {
    this.nodes.push(node(op, inputs, [output], attributes));
    return output;
  }

  linear(x: string, name: string, inSize: number, outSize: number, bias = true): string {
    const y = this.add(
      'MatMul',
      [x, this.weights(`${name}.weight`, [inSize, outSize])],
      `${name}.matmul`,
    );
    return bias
      ? this.add('Add', [y, this.filled(`${name}.bias`, [outSize], 0)], `${name}.out`)
      : y;
  }

  layerNorm(x: string, name: string, size: number): string {
    const scale = this.filled(`${name}.gamma`, [size], 1);
    const bias = this.filled(`${name}.beta`, [size], 0);
    return this.add('LayerNormalization', [x, scale, bias], `${name}.out`, {
      axis: -1,
      epsilon: { float: 1e-12 },
    });
  }
}

/** The rows of an embedding table of `shape` [rows, hidden] that the ids in `ids` pick. */
function lookUp(g: GraphParts, table: string, shape: number[], ids: string, out: string): string {
  return g.add('Gather', [g.weights(table, shape), ids], out);
}

function embeddings(g: GraphParts, shape: BertShape): string {
  const { hidden, vocabSize, maxPositions } = shape;
  const words = lookUp(g, 'embeddings.word', [vocabSize, hidden], 'input_ids', 'words');
  const types = lookUp(g, 'embeddings.type', [2, hidden], 'token_type_ids', 'types');
  g.add('Shape', ['input_ids'], 'ids_shape');
  g.add('Gather', ['ids_shape', 'one'], 'seq_len', { axis: 0 });
  g.add('Range', ['zero', 'seq_len', 'one'], 'position_ids');
  const table = [maxPositions, hidden];
  const positions = lookUp(g, 'embeddings.position', table, 'position_ids', 'positions');
  const sum = g.add(
    'Add',
    [g.add('Add', [words, types], 'words_types'), positions],
    'embedding_sum',
  );
  return g.layerNorm(sum, 'embeddings.norm', hidden);
}

/** attention_mask [B, L] → additive bias [B, 1, 1, L]: 0 where attended, -10000 on pads. */
function maskBias(g: GraphParts): string {
  const mask = g.add('Cast', ['attention_mask'], 'mask_float', { to: ElemType.float32 });
  const inverted = g.add('Sub', ['one_float', mask], 'mask_inverted');
  const bias = g.add('Mul', [inverted, 'minus_large'], 'mask_bias');
  return g.add('Unsqueeze', [bias, 'axes_1_2'], 'mask_bias4');
}

function selfAttention(
  g: GraphParts,
  x: string,
  bias: string,
  shape: BertShape,
  p: string,
): string {
  const { hidden } = shape;
  const split = (name: string, perm: number[]) =>
    g.add(
      'Transpose',
      [
        g.add(
          'Reshape',
          [g.linear(x, `${p}.${name}`, hidden, hidden), 'heads_shape'],
          `${p}.${name}.heads`,
        ),
      ],
      `${p}.${name}.t`,
      { perm },
    );
  const q = split('query', [0, 2, 1, 3]);
  const k = split('key', [0, 2, 3, 1]);
  const v = split('value', [0, 2, 1, 3]);
  const scores = g.add(
    'Mul',
    [g.add('MatMul', [q, k], `${p}.qk`), 'attention_scale'],
    `${p}.scores`,
  );
  const probs = g.add('Softmax', [g.add('Add', [scores, bias], `${p}.masked`)], `${p}.probs`, {
    axis: -1,
  });
  const context = g.add(
    'Transpose',
    [g.add('MatMul', [probs, v], `${p}.context`)],
    `${p}.context.t`,
    { perm: [0, 2, 1, 3] },
  );
  const merged = g.add('Reshape', [context, 'hidden_shape'], `${p}.merged`);
  return g.linear(merged, `${p}.output`, hidden, hidden);
}

/** GELU written as PyTorch exports it: 0.5·x·(1 + erf(x/√2)). */
function gelu(g: GraphParts, x: string, p: string): string {
  const erf = g.add('Erf', [g.add('Div', [x, 'sqrt2'], `${p}.scaled`)], `${p}.erf`);
  return g.add(
    'Mul',
    [g.add('Mul', [x, g.add('Add', [erf, 'one_float'], `${p}.erf1`)], `${p}.xerf`), 'half'],
    `${p}.gelu`,
  );
}

function layer(g: GraphParts, x: string, bias: string, shape: BertShape, i: number): string {
  const p = `layer${i}`;
  const attended = g.layerNorm(
    g.add('Add', [x, selfAttention(g, x, bias, shape, `${p}.attention`)], `${p}.residual1`),
    `${p}.norm1`,
    shape.hidden,
  );
  const inner = gelu(
    g,
    g.linear(attended, `${p}.intermediate`, shape.hidden, shape.intermediate),
    p,
  );
  const out = g.linear(inner, `${p}.ffn_output`, shape.intermediate, shape.hidden);
  return g.layerNorm(g.add('Add', [attended, out], `${p}.residual2`), `${p}.norm2`, shape.hidden);
}

export function randomBertGraph(shape: BertShape): Uint8Array {
  const { hidden, heads } = shape;
  if (hidden % heads !== 0)
    throw new RangeError(`hidden ${hidden} is not a multiple of heads ${heads}`);
  const g = new GraphParts(shape.seed);
  g.initializers.push(
    tensor('one', 'int64', [], BigInt64Array.of(1n)),
    tensor('zero', 'int64', [], BigInt64Array.of(0n)),
    int64Tensor('axes_1_2', [1, 2]),
    int64Tensor('heads_shape', [0, 0, heads, hidden / heads]),
    int64Tensor('hidden_shape', [0, 0, hidden]),
    float32Scalar('one_float', 1),
    float32Scalar('minus_large', -10000),
    float32Scalar('sqrt2', Math.SQRT2),
    float32Scalar('half', 0.5),
    float32Scalar('attention_scale', 1 / Math.sqrt(hidden / heads)),
  );
  let x = embeddings(g, shape);
  const bias = maskBias(g);
  for (let i = 0; i < shape.layers; i++) x = layer(g, x, bias, shape, i);
  g.linear(x, 'colbert.linear', hidden, shape.dim, false);
  g.add('Identity', ['colbert.linear.matmul'], 'embeddings');
  return encodeModel({
    name: 'random_bert_colbert',
    docString: `BERT-architecture encoder with random weights (seed ${shape.seed}), for tests and benchmarks only`,
    inputs: ['input_ids', 'attention_mask', 'token_type_ids'].map((n) =>
      valueInfo(n, 'int64', ['batch', 'seq']),
    ),
    outputs: [valueInfo('embeddings', 'float32', ['batch', 'seq', shape.dim])],
    nodes: g.nodes,
    initializers: g.initializers,
  });
}
