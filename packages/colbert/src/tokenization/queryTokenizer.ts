// Queries → encoder input, ColBERT style: [CLS] [Q] text [SEP], then [MASK] pads up to
// query.maxLength when augmenting, so the encoder can "expand" short queries.
import { frameLength, type ModelConfig } from '../config/modelConfig.ts';
import type { QueryTokens } from '../types.ts';
import { frame, idsOf, type SpecialTokenIds } from './specialTokens.ts';
import type { TextTokenizer } from './textTokenizer.ts';

export class QueryTokenizer {
  readonly #text: TextTokenizer;
  readonly #config: ModelConfig;
  readonly #special: SpecialTokenIds;

  constructor(text: TextTokenizer, config: ModelConfig, special: SpecialTokenIds) {
    this.#text = text;
    this.#config = config;
    this.#special = special;
  }

  /**
   * Text beyond query.maxLength tokens (specials included) is dropped. With augmentation the
   * result always has exactly query.maxLength tokens; otherwise it may be empty (no specials, no text).
   */
  tokenize(query: string): QueryTokens {
    const { query: settings, addSpecialTokens } = this.#config;
    const room = settings.maxLength - frameLength(this.#config, settings.marker);
    const content = this.#text.tokenize(query, room);
    const tokens = frame(content, this.#special.queryMarker, this.#special, addSpecialTokens);
    const attentionMask = new Uint8Array(
      settings.augmentWithMask ? settings.maxLength : tokens.length,
    );
    attentionMask.fill(1, 0, tokens.length);
    if (settings.augmentWithMask) {
      attentionMask.fill(settings.attendToMaskTokens ? 1 : 0, tokens.length);
      while (tokens.length < settings.maxLength) tokens.push(this.#special.mask);
    }
    return { inputIds: idsOf(tokens), attentionMask, tokens };
  }
}
