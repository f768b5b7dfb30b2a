// Test and benchmark helpers for other packages: generated BERT-shaped models (random weights).
export { writeRandomBertModel, randomBertModelDir } from './randomBertModel.ts';
export { TINY_BERT, ANSWERAI_SMALL_SHAPE, type BertShape } from './bertShape.ts';
