/* Public API of @shopsearch/colbert: tokenizers, ONNX encoders, MaxSim kernels and codecs.
   No HTTP, no database: callers bring texts and stored bytes. */

// model
export { loadModel, type LoadModelOptions } from './model/loadModel.ts';
export type { ColbertModel } from './model/colbertModel.ts';
export { DEFAULT_MODEL_DIR } from './model/defaultModelDir.ts';
export {
  parseModelConfig,
  ASCII_PUNCTUATION,
  type ModelConfig,
  type ModelKind,
  type QueryConfig,
  type DocumentConfig,
  type SpecialTokens,
  type QueryTokenWeighting,
} from './config/modelConfig.ts';

// scoring
export { maxSimReference } from './scoring/maxSimReference.ts';
export {
  MaxSimScorer,
  type MaxSimOptions,
  type MaxSimResult,
  type MaxSimScorerOptions,
} from './scoring/maxSimScorer.ts';
export {
  packFloat32,
  offsetsOf,
  batchByteLength,
  candidateCount,
  selectCandidates,
  distinctTokenIds,
  type CandidateBatch,
  type Float32Batch,
  type Float16Batch,
  type Int8Batch,
  type TokenIdBatch,
  type DistinctTokenIds,
} from './scoring/candidateBatch.ts';
export {
  nearestTokens,
  wordTokenMask,
  type NeighbourOptions,
  type TokenNeighbour,
} from './scoring/tokenNeighbours.ts';

export { labelCosines, tokenLabels, type TokenLabels } from './scoring/labelSimilarity.ts';

// codecs
export { getCodec, CODEC_NAMES } from './codecs/getCodec.ts';
export type { EmbeddingCodec, CodecName, StoredVectors } from './codecs/embeddingCodec.ts';
export type { StaticVectors } from './codecs/tokenIdCodec.ts';

// errors
export { ColbertError, ModelLoadError, ShapeError, type ModelLoadErrorDetails } from './errors.ts';

// types
export { NOT_IN_TEXT } from './types.ts';
export type * from './types.ts';
