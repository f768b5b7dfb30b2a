import type { CandidateBatch } from '../scoring/candidateBatch.ts';
import type { EncodedDocument } from '../types.ts';

export type CodecName = 'float32' | 'float16' | 'int8' | 'tokenid';

/** One stored document: its packed bytes and how many vectors (rows of D) they hold. */
export interface StoredVectors {
  bytes: Uint8Array;
  tokenCount: number;
}

/** How a document's vectors D [tokenCount, dim] are stored; layouts are little-endian. */
export interface EmbeddingCodec {
  readonly name: CodecName;
  encode(doc: EncodedDocument): Uint8Array;
  /** D [tokenCount, dim] as float32. */
  decode(bytes: Uint8Array, tokenCount: number, dim: number): Float32Array;
  bytesPerToken(dim: number): number;
  /** K stored documents as one candidate batch for MaxSim, without widening them to float32. */
  pack(docs: readonly StoredVectors[], dim: number): CandidateBatch;
}
