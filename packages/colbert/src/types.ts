// Public data shapes shared by tokenizers, encoders, kernels and codecs.

/**
 * One token and where it came from. `start`/`end` are offsets into the ORIGINAL text in UTF-16
 * code units (JS string indices), end exclusive. Tokens inserted by the tokenizer ([CLS], [SEP],
 * markers, [MASK] pads) have start = end = -1. `text` is the vocabulary entry (e.g. '##book').
 */
export interface TokenSpan {
  id: number;
  text: string;
  start: number;
  end: number;
}

/** Offset value of tokens that do not come from the text. */
export const NOT_IN_TEXT = -1;

/** A query ready for the encoder: every position becomes one row of Q. */
export interface QueryTokens {
  inputIds: Int32Array;
  /** 1 where the encoder attends; [MASK] pads are 0 unless attendToMaskTokens. */
  attentionMask: Uint8Array;
  tokens: TokenSpan[];
}

/** A document ready for the encoder. Skip-listed tokens are encoded but are not rows of D. */
export interface DocumentTokens {
  inputIds: Int32Array;
  /** Positions in inputIds that become rows of D, ascending. */
  rows: Int32Array;
  /** inputIds at `rows`: the ids stored with the document (what the token-id codec keeps). */
  tokenIds: Int32Array;
  /** One per row of D. */
  tokens: TokenSpan[];
}

/** Anything with normalised query vectors Q [length, dim] and optional per-token weights. */
export interface EncodedQueryLike {
  Q: Float32Array;
  length: number;
  dim: number;
  /** w [length]; null means every query token weighs 1. */
  weights: Float32Array | null;
}

export interface EncodedQuery extends EncodedQueryLike {
  tokens: TokenSpan[];
}

/** Anything with document vectors D [length, dim]. */
export interface DocVectors {
  D: Float32Array;
  length: number;
  dim: number;
}

export interface EncodedDocument extends DocVectors {
  tokenIds: Int32Array;
  tokens: TokenSpan[];
}
