// What the import and its reading worker say to each other.
import type { TransferredError } from '../errors/transferredError.ts';
import type { ReadEvent, ReadRequest } from './catalogReading.ts';

export interface ReaderData {
  request: ReadRequest;
}

/** The worker's messages; the import answers each `events` with one message, a credit. */
export type FromReader =
  | { kind: 'events'; events: ReadEvent[] }
  | { kind: 'done' }
  /** A CatalogError: the file's fault, told to the merchant. */
  | { kind: 'failed'; error: TransferredError }
  /** Anything else: a fault of ours. */
  | { kind: 'crashed'; message: string };

/** Rows per message: few enough that taking one in is a short turn of the import's thread. */
export const SLICE_ROWS = 100;
/** Messages the worker may send ahead of the import. */
export const READ_AHEAD = 4;
