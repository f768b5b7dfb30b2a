// What a re-index needs from a model: texts in, packed token embeddings out. The ColBERT-backed
// implementation lives in colbertDocumentEncoder.ts; the job machinery only sees this interface.

export interface PackedEmbedding {
  tokenCount: number;
  /** Token vectors packed by `codec`. */
  vectors: Uint8Array<ArrayBuffer>;
  tokenIds: Int32Array;
}

export interface DocumentEncoder {
  /** Model name as recorded on the index version. */
  readonly model: string;
  readonly dim: number;
  readonly codec: string;
  encode(texts: readonly string[]): Promise<PackedEmbedding[]>;
}

/** Resolves the encoder an index version was (or is being) built with. */
export type EncoderProvider = (version: {
  model: string;
  codec: string;
}) => Promise<DocumentEncoder>;
