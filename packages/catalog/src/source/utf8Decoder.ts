// Turns the file's bytes into text, refusing anything that is not UTF-8. A fatal TextDecoder
// detects the problem; the offset is then located exactly, and the text before the bad byte is
// still passed on so the rows wholly before it are imported.
import { FileEncodingError } from '../errors/fileEncodingError.ts';
import type { ReadPosition } from './readPosition.ts';

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/** The bytes at the end that start a character the next chunk must finish. */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/**
 * Offset of the first invalid sequence in `bytes`: a lenient decoder marks it with U+FFFD, and
 * re-encoding the valid text before it gives its byte position. A U+FFFD spelled out in the file
 * (EF BF BD) is genuine and skipped.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const at = encoder.encode(text.slice(0, i)).length;
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return at;
  }
  return bytes.length;
}

export async function* decodeUtf8(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  position: ReadPosition,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const invalidAt = (byteOffset: number) =>
    new FileEncodingError({ file, byteOffset, row: position.rowsRead + 1 });
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const window = concat(carry, chunk);
      const local = firstInvalidByte(window);
      const valid = new TextDecoder().decode(window.subarray(0, local));
      if (valid) yield valid;
      throw invalidAt(position.bytesRead - carry.length + local);
    }
    position.bytesRead += chunk.length;
    carry = incompleteTail(chunk.length >= 3 ? chunk : concat(carry, chunk));
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw invalidAt(position.bytesRead - carry.length);
  }
  if (rest) yield rest;
}
