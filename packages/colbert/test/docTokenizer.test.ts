import { describe, expect, it } from 'vitest';
import { NOT_IN_TEXT } from '../src/index.ts';
import { tokenizersFor } from './helpers/models.ts';

describe('DocTokenizer with ColBERT defaults', () => {
  const { doc, special } = tokenizersFor({ document: { maxLength: 12 } });

  it('frames documents as [CLS] [D] text [SEP], without padding', () => {
    const { inputIds } = doc.tokenize('Garmin GPS watch');
    expect(inputIds[0]).toBe(special.cls.id);
    expect(inputIds[1]).toBe(special.documentMarker!.id);
    expect(inputIds[inputIds.length - 1]).toBe(special.sep.id);
    expect(inputIds.includes(special.mask.id) || inputIds.includes(special.pad.id)).toBe(false);
  });

  it('encodes punctuation but keeps it out of the rows of D', () => {
    const text = 'Watch, black (42 mm)!';
    const result = doc.tokenize(text);
    // [CLS] [D] watch , black ( 42 mm ) ! [SEP]: all 11 are encoded, the 4 punctuation marks are not rows
    expect(result.inputIds).toHaveLength(11);
    expect([...result.rows]).toEqual([0, 1, 2, 4, 6, 7, 10]);
    expect(result.tokens.map((t) => t.text)).toEqual([
      '[CLS]',
      '[unused1]',
      'watch',
      'black',
      '42',
      'mm',
      '[SEP]',
    ]);
    expect([...result.tokenIds]).toEqual([...result.rows].map((p) => result.inputIds[p]));
    expect(
      result.tokens.map((t) => (t.start === NOT_IN_TEXT ? null : text.slice(t.start, t.end))),
    ).toEqual([null, null, 'Watch', 'black', '42', 'mm', null]);
  });

  it('truncates to docMaxLen tokens, specials included', () => {
    const { inputIds } = doc.tokenize(
      'one two three four five six seven eight nine ten eleven twelve',
    );
    expect(inputIds).toHaveLength(12);
    expect(inputIds[11]).toBe(special.sep.id);
  });

  it('rejects config tokens that the vocabulary lacks', () => {
    expect(() => tokenizersFor({ document: { skiplist: ['!', '§§'] } })).toThrow(
      /document.skiplist entry "§§"/,
    );
    expect(() => tokenizersFor({ query: { marker: '[Q]' } })).toThrow(/query.marker "\[Q\]"/);
  });
});
