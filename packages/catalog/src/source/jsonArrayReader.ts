// Streams the elements of one top-level JSON array (the Icecat export) without holding the file:
// stream-json's tokenizer and array assembler are driven chunk by chunk, so the moment the input
// ends is known exactly and a truncated file is told apart from a syntax error.
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { jsonParser, type Token } from 'stream-json/core/parser.js';
import { streamArray } from 'stream-json/core/streamers/stream-array.js';
import { MalformedFileError } from '../errors/malformedFileError.ts';
import { isPlainObject, type ReaderContext, type SourceRow } from './readPosition.ts';

function outputs<T>(output: unknown): T[] {
  if (output === none) return [];
  return isMany(output) ? (getManyValues(output) as T[]) : [output as T];
}

export async function* readJsonArrayRows(
  text: AsyncIterable<string>,
  { file, position }: ReaderContext,
): AsyncGenerator<SourceRow> {
  // The declared type leaves out the documented end-of-input call with `none`.
  const tokenize = jsonParser({ packValues: true, streamValues: false }) as (
    input: string | typeof none,
  ) => unknown;
  const assemble = streamArray();
  let started = false;
  let rows = 0;
  const elements = function* (output: unknown): Generator<SourceRow> {
    for (const token of outputs<Token>(output)) {
      if (!started && token.name !== 'startArray') {
        throw new MalformedFileError({
          file,
          reason: 'it must hold one JSON array of products, but it starts with something else',
          byteOffset: 0,
          row: 1,
        });
      }
      started = true;
      for (const { value } of outputs<{ value: unknown }>(assemble(token))) {
        rows += 1;
        yield isPlainObject(value)
          ? { row: rows, record: value }
          : {
              row: rows,
              malformed: `is not a JSON object (got ${JSON.stringify(value).slice(0, 40)})`,
            };
      }
    }
  };
  // The tokenizer reports no position, and a failing chunk yields none of its tokens: a syntax
  // error is placed between the last row delivered and the bytes read so far.
  const parseFailure = (error: unknown, ended: boolean) => {
    if (error instanceof MalformedFileError) return error;
    const bytes = position.bytesRead.toLocaleString('en-US');
    const reason = ended
      ? `the JSON ends unexpectedly at byte ${bytes}, after row ${rows}, before the array is closed; the file looks truncated`
      : `the JSON is invalid ${rows ? `after row ${rows} and ` : ''}before byte ${bytes} (${(error as Error).message})`;
    return new MalformedFileError({ file, reason, byteOffset: position.bytesRead, row: rows + 1 });
  };

  // The rows a chunk completes (the parser's end once the text is done), or the file's problem.
  const rowsOf = (chunk: string | typeof none, atEnd: boolean): SourceRow[] => {
    try {
      return [...elements(tokenize(chunk))];
    } catch (error) {
      throw parseFailure(error, atEnd);
    }
  };
  for await (const chunk of text) yield* rowsOf(chunk, false);
  yield* rowsOf(none, true);
}
