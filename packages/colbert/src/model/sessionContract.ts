// What an encoder's model.onnx must look like: the contract shared by the bundled static model,
// generated test models and pretrained ColBERT exports. Checked once at load time, so a wrong
// file fails with both sides spelled out instead of a shape error deep inside ORT.
import type { InferenceSession } from 'onnxruntime-node';

type Metadata = InferenceSession.ValueMetadata;

function describe(value: Metadata): string {
  if (!value.isTensor) return `${value.name} (not a tensor)`;
  return `${value.name} ${value.type} [${value.shape.join(', ')}]`;
}

/** Dims are dynamic (symbolic or unknown) or fixed to `fixed` where given. */
function shapeMatches(value: Metadata, type: string, fixed: (number | null)[]): boolean {
  if (!value.isTensor || value.type !== type) return false;
  if (value.shape.length === 0) return true; // shape not recorded in the file: checked at run time
  return (
    value.shape.length === fixed.length &&
    value.shape.every((d, i) => {
      const want = fixed[i];
      return want === null || want === undefined
        ? typeof d === 'string' || d < 0
        : d === want || typeof d === 'string';
    })
  );
}

export function expectedIo(outputName: string, dim: number): string {
  return (
    `inputs input_ids int64 [batch, seq], attention_mask int64 [batch, seq] ` +
    `(optionally token_type_ids int64 [batch, seq]) and output ${outputName} float32 [batch, seq, ${dim}]`
  );
}

export function actualIo(session: InferenceSession): string {
  return `inputs ${session.inputMetadata.map(describe).join(', ') || 'none'}; outputs ${session.outputMetadata.map(describe).join(', ') || 'none'}`;
}

/** null when the session honours the contract, else what is wrong. */
export function contractViolation(
  session: InferenceSession,
  outputName: string,
  dim: number,
): string | null {
  const inputs = new Map(session.inputMetadata.map((m) => [m.name, m]));
  for (const name of ['input_ids', 'attention_mask']) {
    const input = inputs.get(name);
    if (!input) return `missing input ${name}`;
    if (!shapeMatches(input, 'int64', [null, null]))
      return `input ${describe(input)} is not int64 [batch, seq]`;
  }
  const tokenTypes = inputs.get('token_type_ids');
  if (tokenTypes && !shapeMatches(tokenTypes, 'int64', [null, null])) {
    return `input ${describe(tokenTypes)} is not int64 [batch, seq]`;
  }
  const extra = [...inputs.keys()].filter(
    (n) => !['input_ids', 'attention_mask', 'token_type_ids'].includes(n),
  );
  if (extra.length > 0) return `unexpected input ${extra.join(', ')}`;
  const output = session.outputMetadata.find((m) => m.name === outputName);
  if (!output) return `missing output ${outputName}`;
  if (!shapeMatches(output, 'float32', [null, null, dim])) {
    return `output ${describe(output)} is not float32 [batch, seq, ${dim}]`;
  }
  return null;
}
