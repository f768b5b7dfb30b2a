import { LineSplitter } from './lineSplitter.ts';
import { QrelsCsvReader } from './qrelsCsvReader.ts';
import type { QrelsCsvOptions, QrelsParseResult } from './qrelsCsvReader.ts';

const encoder = new TextEncoder();

function toBytes(chunk: string | Uint8Array): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/**
 * Parses a qrels CSV (`query,docid,rating`, header optional, one row per line). Bad rows are
 * skipped and listed in `report.skipped` with a reason; parsing itself never throws on bad data.
 */
export function parseQrelsCsv(
  input: string | Uint8Array,
  options?: QrelsCsvOptions,
): QrelsParseResult {
  const reader = new QrelsCsvReader(options);
  const splitter = new LineSplitter();
  for (const line of [...splitter.push(toBytes(input)), ...splitter.end()]) reader.read(line);
  return reader.result();
}

/** `parseQrelsCsv` over a stream of chunks, e.g. a Node `Readable` or a web `ReadableStream`. */
export async function parseQrelsCsvStream(
  source: AsyncIterable<string | Uint8Array>,
  options?: QrelsCsvOptions,
): Promise<QrelsParseResult> {
  const reader = new QrelsCsvReader(options);
  const splitter = new LineSplitter();
  for await (const chunk of source) {
    for (const line of splitter.push(toBytes(chunk))) reader.read(line);
  }
  for (const line of splitter.end()) reader.read(line);
  return reader.result();
}
