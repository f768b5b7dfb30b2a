// The model directory's colbert.json: one typed object shared by both tokenizers and encoders
// (like ColBERT's ColBERTConfig). Only name, kind and dim are required; everything else defaults to
// ColBERT's own settings, so a pretrained export needs a three-line config.

// TYPES

/** 'static': a token's vector depends only on its id. 'contextual': it depends on the whole text. */
export type ModelKind = 'static' | 'contextual';

/** 'norm' keeps each query token's pre-normalisation norm as its weight in MaxSim. */
export type QueryTokenWeighting = 'none' | 'norm';

export interface QueryConfig {
  /** Every query is truncated to this many tokens, specials included; padded to it when augmenting. */
  maxLength: number;
  /** Token inserted at position 1 (after [CLS]), ColBERT's [Q]; null for none. */
  marker: string | null;
  /** Pad queries to maxLength with [MASK] (ColBERT query augmentation). */
  augmentWithMask: boolean;
  /** Whether the encoder attends to the [MASK] pads (ColBERT's attend_to_mask_tokens). */
  attendToMaskTokens: boolean;
  tokenWeighting: QueryTokenWeighting;
}

export interface DocumentConfig {
  /** Every document is truncated to this many tokens, specials included. */
  maxLength: number;
  /** Token inserted at position 1 (after [CLS]), ColBERT's [D]; null for none. */
  marker: string | null;
  /** Tokens encoded for context but dropped from the stored vectors (ColBERT's mask_punctuation). */
  skiplist: string[];
}

export interface SpecialTokens {
  cls: string;
  sep: string;
  mask: string;
  pad: string;
}

export interface ModelConfig {
  name: string;
  kind: ModelKind;
  /** Width of every token vector: the last dimension of the ONNX output. */
  dim: number;
  /** Name of the ONNX output holding token vectors [batch, seq, dim]. */
  outputName: string;
  /** L2-normalise every token vector (cosine MaxSim). */
  normalize: boolean;
  /** Frame queries and documents as [CLS] … [SEP], as BERT-based encoders expect. */
  addSpecialTokens: boolean;
  specialTokens: SpecialTokens;
  query: QueryConfig;
  document: DocumentConfig;
}

// DEFAULTS

/** ASCII punctuation, each a single WordPiece token: ColBERT's skiplist (string.punctuation). */
export const ASCII_PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

const DEFAULTS = {
  outputName: 'embeddings',
  normalize: true,
  addSpecialTokens: true,
  specialTokens: { cls: '[CLS]', sep: '[SEP]', mask: '[MASK]', pad: '[PAD]' },
  query: {
    maxLength: 32,
    marker: '[unused0]',
    augmentWithMask: true,
    attendToMaskTokens: false,
    tokenWeighting: 'none',
  },
  document: { maxLength: 180, marker: '[unused1]', skiplist: ASCII_PUNCTUATION },
} as const;

// PARSING

/** Thrown with the dotted path of the offending field; the loader adds the file name. */
export class ConfigFieldError extends Error {
  override name = 'ConfigFieldError';
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function section(raw: Json, key: string): Json {
  const value = raw[key] ?? {};
  if (!isObject(value)) throw new ConfigFieldError(`"${key}" must be an object`);
  return value;
}

function rejectUnknownKeys(raw: Json, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      throw new ConfigFieldError(`unknown field "${path}${key}" (allowed: ${allowed.join(', ')})`);
    }
  }
}

function read<T>(
  raw: Json,
  key: string,
  path: string,
  check: (v: unknown) => v is T,
  want: string,
  fallback?: T,
): T {
  const value = raw[key] === undefined ? fallback : raw[key];
  if (value === undefined)
    throw new ConfigFieldError(`missing required field "${path}${key}" (${want})`);
  if (!check(value)) {
    throw new ConfigFieldError(`"${path}${key}" must be ${want}, got ${JSON.stringify(value)}`);
  }
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isPositiveInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const isMarker = (v: unknown): v is string | null => v === null || isString(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isKind = (v: unknown): v is ModelKind => v === 'static' || v === 'contextual';
const isWeighting = (v: unknown): v is QueryTokenWeighting => v === 'none' || v === 'norm';

/** Validates a parsed colbert.json and fills ColBERT's defaults; throws ConfigFieldError. */
export function parseModelConfig(raw: unknown): ModelConfig {
  if (!isObject(raw)) throw new ConfigFieldError('the file must hold a JSON object');
  const top = ['name', 'kind', 'dim', 'outputName', 'normalize', 'addSpecialTokens'];
  rejectUnknownKeys(raw, [...top, 'specialTokens', 'query', 'document'], '');
  const special = section(raw, 'specialTokens');
  const query = section(raw, 'query');
  const document = section(raw, 'document');
  rejectUnknownKeys(special, Object.keys(DEFAULTS.specialTokens), 'specialTokens.');
  rejectUnknownKeys(query, Object.keys(DEFAULTS.query), 'query.');
  rejectUnknownKeys(document, Object.keys(DEFAULTS.document), 'document.');

  const token = (key: keyof SpecialTokens) =>
    read(special, key, 'specialTokens.', isString, 'a token string', DEFAULTS.specialTokens[key]);
  const config: ModelConfig = {
    name: read(raw, 'name', '', isString, 'a non-empty string'),
    kind: read(raw, 'kind', '', isKind, '"static" or "contextual"'),
    dim: read(raw, 'dim', '', isPositiveInt, 'a positive integer'),
    outputName: read(raw, 'outputName', '', isString, 'a string', DEFAULTS.outputName),
    normalize: read(raw, 'normalize', '', isBoolean, 'a boolean', DEFAULTS.normalize),
    addSpecialTokens: read(
      raw,
      'addSpecialTokens',
      '',
      isBoolean,
      'a boolean',
      DEFAULTS.addSpecialTokens,
    ),
    specialTokens: { cls: token('cls'), sep: token('sep'), mask: token('mask'), pad: token('pad') },
    query: {
      maxLength: read(
        query,
        'maxLength',
        'query.',
        isPositiveInt,
        'a positive integer',
        DEFAULTS.query.maxLength,
      ),
      marker: read(
        query,
        'marker',
        'query.',
        isMarker,
        'a token string or null',
        DEFAULTS.query.marker,
      ),
      augmentWithMask: read(
        query,
        'augmentWithMask',
        'query.',
        isBoolean,
        'a boolean',
        DEFAULTS.query.augmentWithMask,
      ),
      attendToMaskTokens: read(
        query,
        'attendToMaskTokens',
        'query.',
        isBoolean,
        'a boolean',
        DEFAULTS.query.attendToMaskTokens,
      ),
      tokenWeighting: read(
        query,
        'tokenWeighting',
        'query.',
        isWeighting,
        '"none" or "norm"',
        DEFAULTS.query.tokenWeighting,
      ),
    },
    document: {
      maxLength: read(
        document,
        'maxLength',
        'document.',
        isPositiveInt,
        'a positive integer',
        DEFAULTS.document.maxLength,
      ),
      marker: read(
        document,
        'marker',
        'document.',
        isMarker,
        'a token string or null',
        DEFAULTS.document.marker,
      ),
      skiplist: [
        ...read(
          document,
          'skiplist',
          'document.',
          isStringList,
          'a list of token strings',
          DEFAULTS.document.skiplist,
        ),
      ],
    },
  };
  checkRoomForText(config);
  return config;
}

/** Number of tokens a query or document spends on [CLS], [SEP] and its marker. */
export function frameLength(config: ModelConfig, marker: string | null): number {
  return (config.addSpecialTokens ? 2 : 0) + (marker === null ? 0 : 1);
}

function checkRoomForText(config: ModelConfig): void {
  for (const side of ['query', 'document'] as const) {
    const { maxLength, marker } = config[side];
    if (maxLength <= frameLength(config, marker)) {
      throw new ConfigFieldError(
        `"${side}.maxLength" is ${maxLength}: it leaves no room for text after [CLS], [SEP] and the marker`,
      );
    }
  }
}
