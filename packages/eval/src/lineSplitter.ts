export interface RawLine {
  /** 1-based line number in the input. */
  number: number;
  bytes: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Cuts a byte stream into lines at LF, dropping a CR before it and a UTF-8 BOM before the first
 * line. It works on bytes so each line can be checked for valid UTF-8 on its own (UTF-8 never
 * uses the LF byte inside a character). A trailing newline ends the last line; it does not start
 * an empty one.
 */
export class LineSplitter {
  #pending = new Uint8Array(0);
  #lineCount = 0;

  push(chunk: Uint8Array): RawLine[] {
    const data = concat(this.#pending, chunk);
    const lines: RawLine[] = [];
    let start = 0;
    for (let end = data.indexOf(LF); end !== -1; end = data.indexOf(LF, start)) {
      lines.push(this.#line(data.subarray(start, end)));
      start = end + 1;
    }
    this.#pending = data.slice(start);
    return lines;
  }

  /** The last line when the input does not end with a newline. */
  end(): RawLine[] {
    const rest = this.#pending;
    this.#pending = new Uint8Array(0);
    return rest.length === 0 ? [] : [this.#line(rest)];
  }

  #line(bytes: Uint8Array): RawLine {
    this.#lineCount++;
    let start = 0;
    let end = bytes.length;
    if (this.#lineCount === 1 && BOM.every((byte, index) => bytes[index] === byte)) start = 3;
    if (end > start && bytes[end - 1] === CR) end--;
    return { number: this.#lineCount, bytes: bytes.subarray(start, end) };
  }
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array {
  if (head.length === 0) return tail;
  const joined = new Uint8Array(head.length + tail.length);
  joined.set(head);
  joined.set(tail, head.length);
  return joined;
}
