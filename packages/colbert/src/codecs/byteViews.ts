// Stored rows are little-endian. Every platform Node runs on is little-endian, so typed-array
// views over the bytes are the documented layout; this is checked once instead of assumed.
import { ShapeError } from '../errors.ts';
import { offsetsOf } from '../scoring/candidateBatch.ts';

if (new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) {
  throw new Error('@shopsearch/colbert codecs need a little-endian host');
}

type TypedArrayConstructor<T> = { new (length: number): T; BYTES_PER_ELEMENT: number };

/** Copies `bytes` into a fresh, aligned typed array of `count` elements. */
export function copyAs<T extends ArrayBufferView>(
  bytes: Uint8Array,
  Type: TypedArrayConstructor<T>,
  count: number,
): T {
  const out = new Type(count);
  new Uint8Array(out.buffer).set(bytes.subarray(0, count * Type.BYTES_PER_ELEMENT));
  return out;
}

/** The bytes of a typed array, as a new Uint8Array (what a codec stores). */
export function bytesOf(values: ArrayBufferView): Uint8Array {
  return new Uint8Array(
    values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength),
  );
}

export function assertByteLength(
  name: string,
  bytes: Uint8Array,
  tokenCount: number,
  bytesPerToken: number,
): void {
  if (bytes.length !== tokenCount * bytesPerToken) {
    throw new ShapeError(
      `${name}: ${bytes.length} bytes for ${tokenCount} tokens × ${bytesPerToken} bytes per token`,
    );
  }
}

/** Concatenates the byte payloads of K stored documents into one array of `Type`. */
export function concatAs<T extends ArrayBufferView>(
  parts: readonly Uint8Array[],
  Type: TypedArrayConstructor<T>,
  count: number,
): T {
  const out = new Type(count);
  const target = new Uint8Array(out.buffer);
  let at = 0;
  for (const part of parts) {
    target.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Packs K stored documents whose every token is `valuesPerToken` values of `Type`: each one's
 * byte length checked, their offsets, and their bytes concatenated into one array.
 */
export function packRows<T extends ArrayBufferView>(
  name: string,
  docs: readonly { bytes: Uint8Array; tokenCount: number }[],
  Type: TypedArrayConstructor<T>,
  valuesPerToken: number,
): { offsets: Int32Array; values: T } {
  const bytesPerToken = valuesPerToken * Type.BYTES_PER_ELEMENT;
  docs.forEach((d) => assertByteLength(name, d.bytes, d.tokenCount, bytesPerToken));
  const offsets = offsetsOf(docs.map((d) => d.tokenCount));
  const parts = docs.map((d) => d.bytes);
  return { offsets, values: concatAs(parts, Type, offsets[docs.length]! * valuesPerToken) };
}
