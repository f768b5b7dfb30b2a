// Documents → encoder input, ColBERT style: [CLS] [D] text [SEP], no padding. Skip-listed tokens
// (punctuation) are encoded, since they give context, but do not become rows of D.
import { frameLength, type ModelConfig } from '../config/modelConfig.ts';
import type { DocumentTokens } from '../types.ts';
import { frame, idsOf, type SpecialTokenIds } from './specialTokens.ts';
import type { TextTokenizer } from './textTokenizer.ts';

export class DocTokenizer {
  readonly #text: TextTokenizer;
  readonly #config: ModelConfig;
  readonly #special: SpecialTokenIds;

  constructor(text: TextTokenizer, config: ModelConfig, special: SpecialTokenIds) {
    this.#text = text;
    this.#config = config;
    this.#special = special;
  }

  /** Text beyond document.maxLength tokens (specials included) is dropped. */
  tokenize(document: string): DocumentTokens {
    const { document: settings, addSpecialTokens } = this.#config;
    const room = settings.maxLength - frameLength(this.#config, settings.marker);
    const content = this.#text.tokenize(document, room);
    const all = frame(content, this.#special.documentMarker, this.#special, addSpecialTokens);
    const rows: number[] = [];
    all.forEach((token, position) => {
      if (!this.#special.skiplist.has(token.id)) rows.push(position);
    });
    const tokens = rows.map((position) => all[position]!);
    return { inputIds: idsOf(all), rows: Int32Array.from(rows), tokenIds: idsOf(tokens), tokens };
  }
}
