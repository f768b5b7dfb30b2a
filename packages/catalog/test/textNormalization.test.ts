import { describe, expect, it } from 'vitest';
import { normalizeIdentifier, normalizeLine, normalizeParagraphs } from '../src/index.ts';

describe('normalizeLine', () => {
  it('trims, collapses whitespace and removes control characters', () => {
    expect(normalizeLine('  Generic \t HDMI\u0000 cable\r\n2 m  ')).toBe('Generic HDMI cable 2 m');
    expect(normalizeLine('bell\u0007 and C1\u0085control\u009b')).toBe('bell and C1 control');
  });

  it('composes to NFC and keeps emoji, joiners, RTL text and combining marks', () => {
    expect(normalizeLine('Cafe\u0301')).toBe('Caf\u00e9');
    expect(normalizeLine('👩‍👩‍👧 family')).toBe('👩‍👩‍👧 family');
    expect(normalizeLine('מקלדת \u200fאלחוטית')).toBe('מקלדת \u200fאלחוטית');
    expect(normalizeLine('q\u0307\u0323')).toBe('q\u0323\u0307'); // canonical order of marks
  });

  it('replaces lone surrogates, which PostgreSQL would reject', () => {
    expect(normalizeLine('bad \ud800 half')).toBe('bad \ufffd half');
    expect(normalizeLine('ok 😀')).toBe('ok 😀');
  });

  it('leaves clean ASCII untouched', () => {
    expect(normalizeLine('Xerox 006R90321 toner')).toBe('Xerox 006R90321 toner');
  });
});

describe('normalizeIdentifier', () => {
  it('trims and drops control characters but keeps inner spaces', () => {
    expect(normalizeIdentifier(' A\u0000-1  B\n')).toBe('A-1  B');
  });
});

describe('normalizeParagraphs', () => {
  it('keeps line breaks, at most one blank line, no trailing spaces', () => {
    expect(normalizeParagraphs('First  line  \r\nsecond\n\n\n\nthird\u0001\t end ')).toBe(
      'First line\nsecond\n\nthird end',
    );
  });
});
