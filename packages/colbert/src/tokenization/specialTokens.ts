// Helpers shared by the query and document tokenizers: resolving the config's special tokens to
// ids, and framing content tokens as [CLS] marker … [SEP].
import type { ModelConfig } from '../config/modelConfig.ts';
import { NOT_IN_TEXT, type TokenSpan } from '../types.ts';
import type { TextTokenizer } from './textTokenizer.ts';

export interface SpecialTokenIds {
  cls: TokenSpan;
  sep: TokenSpan;
  mask: TokenSpan;
  pad: TokenSpan;
  queryMarker: TokenSpan | null;
  documentMarker: TokenSpan | null;
  /** Ids never kept as document rows (ColBERT's punctuation skiplist). */
  skiplist: ReadonlySet<number>;
}

/** Resolves every token the config names; throws an Error naming the field and the token. */
export function resolveSpecialTokens(
  config: ModelConfig,
  tokenizer: TextTokenizer,
): SpecialTokenIds {
  const span = (field: string, token: string): TokenSpan => {
    const id = tokenizer.idOf(token);
    if (id === undefined) throw new Error(`${field} "${token}" is not a token of tokenizer.json`);
    return { id, text: token, start: NOT_IN_TEXT, end: NOT_IN_TEXT };
  };
  const { cls, sep, mask, pad } = config.specialTokens;
  const { query, document } = config;
  return {
    cls: span('specialTokens.cls', cls),
    sep: span('specialTokens.sep', sep),
    mask: span('specialTokens.mask', mask),
    pad: span('specialTokens.pad', pad),
    queryMarker: query.marker === null ? null : span('query.marker', query.marker),
    documentMarker: document.marker === null ? null : span('document.marker', document.marker),
    skiplist: new Set(document.skiplist.map((t) => span('document.skiplist entry', t).id)),
  };
}

/** ColBERT's layout: [CLS] at 0, the marker at 1, then the text, then [SEP]. */
export function frame(
  content: readonly TokenSpan[],
  marker: TokenSpan | null,
  special: SpecialTokenIds,
  addSpecialTokens: boolean,
): TokenSpan[] {
  const head = addSpecialTokens ? [special.cls] : [];
  if (marker) head.push(marker);
  return addSpecialTokens ? [...head, ...content, special.sep] : [...head, ...content];
}

export function idsOf(tokens: readonly TokenSpan[]): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = tokens[i]!.id;
  return ids;
}
