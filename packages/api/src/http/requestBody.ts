// Reading a request body within a byte limit: a declared length over it is refused before a byte
// is read, and a body sent without one (chunked) is counted as it streams and cut off at the limit.

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The request body is larger than ${formatBytes(limitBytes)}.`);
    this.name = 'BodyTooLargeError';
  }
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MB` : `${bytes.toLocaleString('en-US')} bytes`;
}

/** The declared Content-Length, or null when there is none (or it is not a number). */
export function declaredLength(headers: Headers): number | null {
  const value = headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}

/** Throws BodyTooLargeError when the declared length is over the limit. */
export function assertDeclaredLengthWithin(headers: Headers, limitBytes: number): void {
  const declared = declaredLength(headers);
  if (declared !== null && declared > limitBytes) throw new BodyTooLargeError(limitBytes);
}

/** The body as UTF-8 text, read no further than `limitBytes` (then BodyTooLargeError). */
export async function readBodyText(request: Request, limitBytes: number): Promise<string> {
  assertDeclaredLengthWithin(request.headers, limitBytes);
  if (!request.body) return '';
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      bytes += next.value.byteLength;
      if (bytes > limitBytes) throw new BodyTooLargeError(limitBytes);
      text += decoder.decode(next.value, { stream: true });
    }
  } finally {
    // Stops the client's upload when the body is refused part way.
    await reader.cancel().catch(() => {});
  }
  return text + decoder.decode();
}
