// A reader for the safetensors format: an 8-byte little-endian header length, a JSON header
// mapping tensor names to { dtype, shape, data_offsets }, then the raw little-endian data.

export interface SafeTensor {
  dtype: string;
  shape: number[];
  /** The tensor's bytes (a view into the file buffer). */
  bytes: Uint8Array;
}

const BYTES_PER_ELEMENT: Record<string, number> = {
  I8: 1,
  U8: 1,
  F16: 2,
  BF16: 2,
  I32: 4,
  F32: 4,
  I64: 8,
  F64: 8,
};

export function parseSafetensors(file: Uint8Array): Map<string, SafeTensor> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.byteLength < 8)
    throw new Error('safetensors: file shorter than its 8-byte header length');
  const headerLength = Number(view.getBigUint64(0, true));
  const dataStart = 8 + headerLength;
  if (dataStart > file.byteLength)
    throw new Error(`safetensors: header length ${headerLength} exceeds the file`);
  const header = JSON.parse(new TextDecoder().decode(file.subarray(8, dataStart))) as Record<
    string,
    unknown
  >;
  const tensors = new Map<string, SafeTensor>();
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const { dtype, shape, data_offsets } = entry as {
      dtype: string;
      shape: number[];
      data_offsets: [number, number];
    };
    const size = BYTES_PER_ELEMENT[dtype];
    if (size === undefined) throw new Error(`safetensors: ${name} has unsupported dtype ${dtype}`);
    const [begin, end] = data_offsets;
    const expected = shape.reduce((a, b) => a * b, 1) * size;
    if (end - begin !== expected || dataStart + end > file.byteLength) {
      throw new Error(
        `safetensors: ${name} [${shape.join(', ')}] ${dtype} needs ${expected} bytes, offsets ${begin}..${end}`,
      );
    }
    tensors.set(name, { dtype, shape, bytes: file.subarray(dataStart + begin, dataStart + end) });
  }
  return tensors;
}
