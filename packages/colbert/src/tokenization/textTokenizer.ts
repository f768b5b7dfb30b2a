// Text → content tokens with offsets, on top of @huggingface/tokenizers. That library returns ids
// and token strings but no offsets, so this runs its normaliser, pre-tokenizer and model one piece
// at a time and keeps track of where each piece sits in the original text.
import { Tokenizer } from '@huggingface/tokenizers';
import { NOT_IN_TEXT, type TokenSpan } from '../types.ts';
import { AlignedNormalizer, nextWindowEnd } from './alignedText.ts';
import { byteLevelSurface, textSurface, type Affixes, type PieceSurface } from './pieceSurface.ts';

type Json = Record<string, unknown>;

/** Normalisers that act on each character alone (context only matters inside a word). */
const LOCAL_NORMALIZERS = [
  'BertNormalizer',
  'Lowercase',
  'NFC',
  'NFD',
  'NFKC',
  'NFKD',
  'StripAccents',
];
/** Pre-tokenizers whose pieces never straddle "word, space, word" boundaries. */
const WORD_PRE_TOKENIZERS = [
  'BertPreTokenizer',
  'Whitespace',
  'WhitespaceSplit',
  'Punctuation',
  'Digits',
  'ByteLevel',
];
const MODELS = ['WordPiece', 'BPE'];
/** Long texts are tokenised in windows of about this many characters, to stop at truncation. */
const WINDOW_CHARS = 4096;
/** Memoised pieces (words) per tokenizer; the model's subword search is the costly step. */
const MAX_CACHED_PIECES = 100_000;

/** A pre-tokenizer piece's tokens, with spans relative to the piece (null: whole piece each). */
interface PieceTokens {
  tokens: string[];
  ids: number[];
  spans: Int32Array | null;
  /** The normalised text the piece stands for. */
  pieceText: string;
}

/**
 * Where a piece's text sits in the normalised text, searching from `cursor`. `invented` counts
 * leading characters that are not in the text: a byte-level pre-tokenizer with add_prefix_space
 * puts a space before the first word. null if the piece cannot be found (its tokens get no offsets).
 */
function locate(
  text: string,
  pieceText: string,
  cursor: number,
): { at: number; invented: number } | null {
  const found = text.indexOf(pieceText, cursor);
  if (found >= 0) return { at: found, invented: 0 };
  const rest = pieceText.startsWith(' ') ? text.indexOf(pieceText.slice(1), cursor) : -1;
  return rest >= 0 ? { at: rest - 1, invented: 1 } : null;
}

function componentTypes(component: unknown): string[] {
  if (component === null || component === undefined) return [];
  const { type, normalizers, pretokenizers } = component as Json;
  const children = (normalizers ?? pretokenizers) as unknown[] | undefined;
  return type === 'Sequence' && children ? children.flatMap(componentTypes) : [String(type)];
}

function requireSupported(kind: string, types: string[], supported: string[]): void {
  const unsupported = types.filter((t) => !supported.includes(t));
  if (unsupported.length > 0) {
    throw new Error(
      `${kind} ${unsupported.join(', ')} is not supported for offset tracking (supported: ${supported.join(', ')})`,
    );
  }
}

export class TextTokenizer {
  readonly #tokenizer: Tokenizer;
  readonly #surface: PieceSurface;
  readonly #normalizer: AlignedNormalizer;
  readonly #pieces = new Map<string, PieceTokens>();
  readonly #unknownId: number;
  /** Number of ids the tokenizer can produce (largest id + 1). */
  readonly vocabSize: number;

  /** Throws an Error saying which component is unsupported; the loader adds the file name. */
  constructor(tokenizerJson: Json) {
    const model = (tokenizerJson.model ?? {}) as Json;
    requireSupported('normalizer', componentTypes(tokenizerJson.normalizer), LOCAL_NORMALIZERS);
    const preTokenizers = componentTypes(tokenizerJson.pre_tokenizer);
    requireSupported('pre_tokenizer', preTokenizers, WORD_PRE_TOKENIZERS);
    requireSupported('model', [String(model.type)], MODELS);
    this.#tokenizer = new Tokenizer(tokenizerJson, {});
    const affixes: Affixes = {
      continuingPrefix:
        (model.continuing_subword_prefix as string | null | undefined) ??
        (model.type === 'WordPiece' ? '##' : null),
      endOfWordSuffix: (model.end_of_word_suffix as string | null | undefined) ?? null,
      unknownToken: (model.unk_token as string | null | undefined) ?? null,
    };
    this.#surface = preTokenizers.includes('ByteLevel')
      ? byteLevelSurface(affixes)
      : textSurface(affixes);
    const normalizer = this.#tokenizer.normalizer;
    this.#normalizer = new AlignedNormalizer(
      normalizer ? (text) => normalizer(text) : (text) => text,
    );
    this.#unknownId = affixes.unknownToken === null ? -1 : (this.idOf(affixes.unknownToken) ?? -1);
    let largestId = -1;
    for (const id of this.#tokenizer.get_vocab(true).values()) largestId = Math.max(largestId, id);
    this.vocabSize = largestId + 1;
  }

  idOf(token: string): number | undefined {
    return this.#tokenizer.token_to_id(token);
  }

  tokenOf(id: number): string {
    return this.#tokenizer.id_to_token(id) ?? '';
  }

  /**
   * The first `maxTokens` content tokens of `text` (no [CLS]/[SEP]), each with its offsets in
   * `text`. Ids equal the library's `encode(text, { add_special_tokens: false })` except that
   * special-token strings typed in the text (e.g. "[SEP]") are tokenised as plain text, so user
   * input can never inject control tokens.
   */
  tokenize(text: string, maxTokens: number): TokenSpan[] {
    const out: TokenSpan[] = [];
    for (let from = 0; from < text.length && out.length < maxTokens;) {
      const to = nextWindowEnd(text, from, WINDOW_CHARS);
      this.#tokenizeWindow(text, from, to, maxTokens, out);
      from = to;
    }
    return out;
  }

  #tokenizeWindow(
    text: string,
    from: number,
    to: number,
    maxTokens: number,
    out: TokenSpan[],
  ): void {
    const aligned = this.#normalizer.normalize(text, from, to);
    const preTokenizer = this.#tokenizer.pre_tokenizer;
    const pieces = preTokenizer ? preTokenizer(aligned.text) : [aligned.text];
    let cursor = 0;
    for (const piece of pieces) {
      const { tokens, ids, spans, pieceText } = this.#piece(piece);
      const place = locate(aligned.text, pieceText, cursor);
      for (let t = 0; t < tokens.length && out.length < maxTokens; t++) {
        const a = place ? place.at + Math.max(spans ? spans[2 * t]! : 0, place.invented) : 0;
        const b = place ? place.at + (spans ? spans[2 * t + 1]! : pieceText.length) : 0;
        out.push({
          id: ids[t]!,
          text: tokens[t]!,
          start: b > a ? aligned.start[a]! : NOT_IN_TEXT,
          end: b > a ? aligned.end[b - 1]! : NOT_IN_TEXT,
        });
      }
      if (out.length >= maxTokens) return;
      if (place) cursor = place.at + pieceText.length;
    }
  }

  #piece(piece: string): PieceTokens {
    let cached = this.#pieces.get(piece);
    if (cached === undefined) {
      const pieceText = this.#surface.pieceText(piece);
      const tokens = this.#tokenizer.model!([piece]);
      cached = {
        tokens,
        ids: tokens.map((token) => this.idOf(token) ?? this.#unknownId),
        spans: this.#surface.tokenSpans(piece, pieceText, tokens),
        pieceText,
      };
      if (this.#pieces.size >= MAX_CACHED_PIECES) this.#pieces.clear();
      this.#pieces.set(piece, cached);
    }
    return cached;
  }
}
