/**
 * A tiny byte-level BPE tokenizer.json (the ModernBERT / mxbai-edge-colbert family): GPT-2's byte
 * alphabet as base vocabulary plus a few merges, with BERT-style special tokens.
 */
export function byteLevelTokenizerJson(): Record<string, unknown> {
  const printable = (b: number) =>
    (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const vocab: Record<string, number> = {};
  const specials = ['[UNK]', '[CLS]', '[SEP]', '[PAD]', '[MASK]', '[Q]', '[D]'];
  specials.forEach((t, i) => (vocab[t] = i));
  let shifted = 0;
  for (let b = 0; b < 256; b++)
    vocab[String.fromCharCode(printable(b) ? b : 256 + shifted++)] = specials.length + b;
  const merges = ['Ġ w', 'o r', 'Ġw or', 'l d', 'Ġwor ld', 'h Ã', 'l l', 'll o'];
  for (const merge of merges) vocab[merge.replace(' ', '')] = Object.keys(vocab).length;
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specials.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: null,
    pre_tokenizer: {
      type: 'ByteLevel',
      add_prefix_space: false,
      trim_offsets: true,
      use_regex: true,
    },
    post_processor: null,
    decoder: { type: 'ByteLevel' },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: false,
      vocab,
      merges,
    },
  };
}
