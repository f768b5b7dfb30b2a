// Documents → encoder input, ColBERT style: [CLS] [D] text [SEP], no padding. Skip-listed tokens
// (punctuation) are encoded, since they give context, but do not become rows of D.
import type { DocumentTokens } from '../types.ts';
import { FramedTokenizer } from './framedTokenizer.ts';
import { idsOf } from './specialTokens.ts';

export class DocTokenizer extends FramedTokenizer {
  /** Text beyond document.maxLength tokens (specials included) is dropped. */
  tokenize(document: string): DocumentTokens {
    const all = this.framed(document, 'document');
    const rows: number[] = [];
    all.forEach((token, position) => {
      if (!this.special.skiplist.has(token.id)) rows.push(position);
    });
    const tokens = rows.map((position) => all[position]!);
    return { inputIds: idsOf(all), rows: Int32Array.from(rows), tokenIds: idsOf(tokens), tokens };
  }
}
