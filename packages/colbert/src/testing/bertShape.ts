/** The size of a generated BERT-architecture encoder. */
export interface BertShape {
  layers: number;
  hidden: number;
  heads: number;
  intermediate: number;
  /** Rows of the token embedding table; must cover the tokenizer (30522 like BERT's). */
  vocabSize: number;
  maxPositions: number;
  /** Width of the ColBERT projection: the model's dim. */
  dim: number;
  seed: number;
}

/** Small enough for unit tests: 2 layers, hidden 32. */
export const TINY_BERT: BertShape = {
  layers: 2,
  hidden: 32,
  heads: 4,
  intermediate: 64,
  vocabSize: 30522,
  maxPositions: 512,
  dim: 16,
  seed: 1,
};

/** Shaped like answerai-colbert-small-v1 (bge-small + a 96-wide projection). */
export const ANSWERAI_SMALL_SHAPE: BertShape = {
  layers: 12,
  hidden: 384,
  heads: 12,
  intermediate: 1536,
  vocabSize: 30522,
  maxPositions: 512,
  dim: 96,
  seed: 1,
};
