import { describe, expect, it } from 'vitest';
import { FileEncodingError } from '../src/index.ts';
import { decodeUtf8 } from '../src/source/utf8Decoder.ts';

async function decode(chunks: number[][], rowsRead = 0) {
  const position = { bytesRead: 0, rowsRead };
  const text: string[] = [];
  async function* source() {
    for (const chunk of chunks) yield Uint8Array.from(chunk);
  }
  try {
    for await (const piece of decodeUtf8(source(), 'f.csv', position)) text.push(piece);
    return { text: text.join(''), position };
  } catch (error) {
    return { text: text.join(''), error: error as FileEncodingError };
  }
}

const bytes = (text: string) => [...new TextEncoder().encode(text)];

describe('UTF-8 decoding', () => {
  it('joins characters split across chunks and drops a byte-order mark', async () => {
    const euro = bytes('€'); // 3 bytes
    const { text, position } = await decode([
      [0xef, 0xbb, 0xbf, ...bytes('a'), euro[0]!],
      euro.slice(1),
      bytes('😀').slice(0, 1),
      bytes('😀').slice(1),
    ]);
    expect(text).toBe('a€😀');
    expect(position?.bytesRead).toBe(3 + 1 + 3 + 4);
  });

  it('reports the exact offset of a Latin-1 byte, after passing on the text before it', async () => {
    const { text, error } = await decode(
      [bytes('id,title\nL1,Caf'), [0xe9, ...bytes(' au lait\n')]],
      1,
    );
    expect(error).toBeInstanceOf(FileEncodingError);
    expect(error?.cause).toEqual({ file: 'f.csv', byteOffset: 15, row: 2 });
    expect(error?.message).toBe(
      'f.csv is not valid UTF-8: the byte at offset 15 (in row 2) cannot be decoded. Save the file as UTF-8 and import it again.',
    );
    expect(text).toBe('id,title\nL1,Caf');
  });

  it('finds a bad continuation whose lead byte came in the previous chunk', async () => {
    const { error } = await decode([bytes('abc').concat([0xe2]), [0x41, 0x42]]);
    expect(error?.cause.byteOffset).toBe(3);
  });

  it('skips genuine U+FFFD characters when locating the bad byte', async () => {
    const { error } = await decode([bytes('x\uFFFDy').concat([0xff])]);
    expect(error?.cause.byteOffset).toBe(5);
  });

  it('reports a character cut off by the end of the file', async () => {
    const { error } = await decode([bytes('ok'), [0xf0, 0x9f]]);
    expect(error?.cause.byteOffset).toBe(2);
  });
});
