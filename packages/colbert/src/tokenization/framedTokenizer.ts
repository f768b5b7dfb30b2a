// What queries and documents share on their way to the encoder: the text cut to the room its
// side's maxLength leaves, framed ColBERT style by [CLS], the side's marker and [SEP].
import { frameLength, type ModelConfig } from '../config/modelConfig.ts';
import type { TokenSpan } from '../types.ts';
import { frame, type SpecialTokenIds } from './specialTokens.ts';
import type { TextTokenizer } from './textTokenizer.ts';

export abstract class FramedTokenizer {
  readonly #text: TextTokenizer;
  protected readonly config: ModelConfig;
  protected readonly special: SpecialTokenIds;

  constructor(text: TextTokenizer, config: ModelConfig, special: SpecialTokenIds) {
    this.#text = text;
    this.config = config;
    this.special = special;
  }

  protected framed(text: string, side: 'query' | 'document'): TokenSpan[] {
    const settings = this.config[side];
    const room = settings.maxLength - frameLength(this.config, settings.marker);
    const marker = side === 'query' ? this.special.queryMarker : this.special.documentMarker;
    return frame(
      this.#text.tokenize(text, room),
      marker,
      this.special,
      this.config.addSpecialTokens,
    );
  }
}
