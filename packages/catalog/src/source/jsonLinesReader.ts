// JSON Lines: one JSON object per line; blank lines are skipped. A line that does not parse is
// reported as a malformed row and the next line is read as usual.
import { MalformedFileError } from '../errors/malformedFileError.ts';
import { isPlainObject, type ReaderContext, type SourceRow } from './readPosition.ts';

/** A longer line is almost certainly not JSON Lines; refusing it keeps memory bounded. */
export const MAX_LINE_CHARS = 8_000_000;

function toRow(text: string, row: number, line: number): SourceRow {
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value)
      ? { row, line, record: value }
      : { row, line, malformed: `is not a JSON object (got ${text.slice(0, 40)})` };
  } catch (error) {
    return { row, line, malformed: `is not valid JSON (${(error as Error).message})` };
  }
}

export async function* readJsonLinesRows(
  text: AsyncIterable<string>,
  { file, position }: ReaderContext,
): AsyncGenerator<SourceRow> {
  let pending = '';
  let line = 0;
  let row = 0;
  const take = function* (segment: string): Generator<SourceRow> {
    line += 1;
    const trimmed = segment.trim();
    if (trimmed === '') return;
    row += 1;
    yield toRow(trimmed, row, line);
  };
  for await (const chunk of text) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      yield* take(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE_CHARS) {
      throw new MalformedFileError({
        file,
        reason: `line ${line + 1} is longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters; is this really JSON Lines?`,
        byteOffset: position.bytesRead,
        row: row + 1,
      });
    }
  }
  yield* take(pending);
}
