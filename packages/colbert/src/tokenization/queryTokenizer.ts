// Queries → encoder input, ColBERT style: [CLS] [Q] text [SEP], then [MASK] pads up to
// query.maxLength when augmenting, so the encoder can "expand" short queries.
import type { QueryTokens } from '../types.ts';
import { FramedTokenizer } from './framedTokenizer.ts';
import { idsOf } from './specialTokens.ts';

export class QueryTokenizer extends FramedTokenizer {
  /**
   * Text beyond query.maxLength tokens (specials included) is dropped. With augmentation the
   * result always has exactly query.maxLength tokens; otherwise it may be empty (no specials, no text).
   */
  tokenize(query: string): QueryTokens {
    const settings = this.config.query;
    const tokens = this.framed(query, 'query');
    const attentionMask = new Uint8Array(
      settings.augmentWithMask ? settings.maxLength : tokens.length,
    );
    attentionMask.fill(1, 0, tokens.length);
    if (settings.augmentWithMask) {
      attentionMask.fill(settings.attendToMaskTokens ? 1 : 0, tokens.length);
      while (tokens.length < settings.maxLength) tokens.push(this.special.mask);
    }
    return { inputIds: idsOf(tokens), attentionMask, tokens };
  }
}
