// colbert.json of the converted default model. The choices are measured on the Icecat dev
// judgments by bench/staticSettings.ts (see BENCHMARKS.md, "Late-interaction engine").
import { ASCII_PUNCTUATION } from '../src/config/modelConfig.ts';

export function potionConfig(dim: number) {
  return {
    name: 'potion-base-4m',
    kind: 'static',
    dim,
    outputName: 'embeddings',
    normalize: true,
    // [CLS]/[SEP] would add the same vector to every query and document: noise for a static model.
    addSpecialTokens: false,
    query: {
      maxLength: 32,
      // The vocabulary has no [unused0]/[unused1], and a marker means nothing without context.
      marker: null,
      augmentWithMask: false,
      attendToMaskTokens: false,
      tokenWeighting: 'norm',
    },
    document: { maxLength: 256, marker: null, skiplist: ASCII_PUNCTUATION },
  };
}
