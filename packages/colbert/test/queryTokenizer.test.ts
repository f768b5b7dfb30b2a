// ColBERT's tokenizer invariants (colbert/tests/tokenizers_test.py), ported.
import { describe, expect, it } from 'vitest';
import { NOT_IN_TEXT } from '../src/index.ts';
import { tokenizersFor } from './helpers/models.ts';

const QUERIES = [
  '',
  'gps watch',
  'What is the best noise cancelling bluetooth headphone under 200 dollars?',
  '!!!',
  '👍',
];

describe('QueryTokenizer with ColBERT defaults (marker, [MASK] augmentation)', () => {
  const { query, special } = tokenizersFor({ query: { maxLength: 16 } });

  it.each(QUERIES)(
    '%j: [CLS] at 0, [Q] at 1, exactly queryMaxLen tokens, pads are [MASK]',
    (text) => {
      const { inputIds, attentionMask, tokens } = query.tokenize(text);
      expect(inputIds).toHaveLength(16);
      expect(attentionMask).toHaveLength(16);
      expect(inputIds[0]).toBe(special.cls.id);
      expect(inputIds[1]).toBe(special.queryMarker!.id);
      const sep = inputIds.indexOf(special.sep.id);
      expect(sep).toBeGreaterThanOrEqual(2);
      expect([...inputIds.subarray(sep + 1)].every((id) => id === special.mask.id)).toBe(true);
      expect(inputIds.includes(special.pad.id)).toBe(false);
      // the encoder attends to the text and its frame, not to the [MASK] pads
      expect([...attentionMask]).toEqual([...inputIds].map((_, i) => (i <= sep ? 1 : 0)));
      expect(tokens.map((t) => t.id)).toEqual([...inputIds]);
    },
  );

  it('truncates long queries to queryMaxLen, keeping [SEP] last', () => {
    const { inputIds } = query.tokenize(
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen',
    );
    expect(inputIds).toHaveLength(16);
    expect(inputIds[15]).toBe(special.sep.id);
    expect(inputIds.includes(special.mask.id)).toBe(false);
  });

  it('keeps offsets for text tokens and -1 for inserted ones', () => {
    const text = 'GPS Watch';
    const { tokens } = query.tokenize(text);
    expect(tokens.slice(0, 5).map((t) => [t.text, t.start, t.end])).toEqual([
      ['[CLS]', NOT_IN_TEXT, NOT_IN_TEXT],
      ['[unused0]', NOT_IN_TEXT, NOT_IN_TEXT],
      ['gps', 0, 3],
      ['watch', 4, 9],
      ['[SEP]', NOT_IN_TEXT, NOT_IN_TEXT],
    ]);
    expect(tokens[5]).toMatchObject({ text: '[MASK]', start: NOT_IN_TEXT });
  });

  it('attends to [MASK] pads when attendToMaskTokens', () => {
    const { query: attending } = tokenizersFor({
      query: { maxLength: 8, attendToMaskTokens: true },
    });
    expect([...attending.tokenize('watch').attentionMask]).toEqual(Array(8).fill(1));
  });
});

describe('QueryTokenizer without augmentation, markers or specials (static model settings)', () => {
  const { query } = tokenizersFor({
    addSpecialTokens: false,
    query: { maxLength: 4, marker: null, augmentWithMask: false },
  });

  it('keeps only the text tokens, truncated to queryMaxLen', () => {
    expect(query.tokenize('gps watch').tokens.map((t) => t.text)).toEqual(['gps', 'watch']);
    expect(query.tokenize('a b c d e f').inputIds).toHaveLength(4);
    expect(query.tokenize('').inputIds).toHaveLength(0);
  });
});
