// The merchant's synonym lines: what is read, what is resolved quietly and what is refused (with
// the line named), and how the lines become what search applies.
import { describe, expect, it } from 'vitest';
import {
  describeSynonymError,
  formatSynonyms,
  parseSynonyms,
  SYNONYM_LIMITS,
} from '../../src/synonyms/synonymList.ts';
import { SynonymMap } from '../../src/synonyms/synonymMap.ts';

const errorsOf = (text: string) => {
  const parsed = parseSynonyms(text);
  return parsed.ok ? [] : parsed.errors.map(describeSynonymError);
};

describe('parseSynonyms', () => {
  it('reads multi-way and one-way lines, skipping blanks and comments', () => {
    const parsed = parseSynonyms(
      '# computers\nLaptop,  Notebook\n\ntv → Television, telly\nphone -> iPhone\ncell => mobile',
    );
    expect(parsed).toEqual({
      ok: true,
      lines: [
        { source: null, terms: ['laptop', 'notebook'] },
        { source: 'tv', terms: ['television', 'telly'] },
        { source: 'phone', terms: ['iphone'] },
        { source: 'cell', terms: ['mobile'] },
      ],
    });
    expect(formatSynonyms(parsed.ok ? parsed.lines : [])).toBe(
      'laptop, notebook\ntv → television, telly\nphone → iphone\ncell → mobile',
    );
  });

  it('resolves repeats within a line and a term pointing at itself', () => {
    expect(parseSynonyms('laptop, LAPTOP, notebook\ntv → tv, television')).toEqual({
      ok: true,
      lines: [
        { source: null, terms: ['laptop', 'notebook'] },
        { source: 'tv', terms: ['television'] },
      ],
    });
  });

  it('refuses empty, lone, long and symbol-only terms, naming the line', () => {
    expect(errorsOf('laptop,,notebook')).toEqual([
      'Line 1: An empty term (two commas in a row, or nothing beside the arrow).',
    ]);
    expect(errorsOf('ok, fine\nlaptop')).toEqual([
      'Line 2: “laptop” needs at least one synonym, separated by a comma.',
    ]);
    expect(errorsOf(`a, ${'x'.repeat(500)}`)).toEqual([
      `Line 1: A term of 500 characters (“${'x'.repeat(20)}…”): a term can be at most 100.`,
    ]);
    expect(errorsOf('tv →')).toEqual([
      'Line 1: An empty term (two commas in a row, or nothing beside the arrow).',
    ]);
    expect(errorsOf('a, b → c')).toEqual([
      'Line 1: Several terms before the arrow: a one-way rule starts from one term.',
    ]);
    expect(errorsOf('%%, laptop')).toEqual(['Line 1: “%%” has no letter or digit to search for.']);
  });

  it('refuses a term in two groups and a one-way term on two lines', () => {
    expect(errorsOf('laptop, notebook\nnotebook, ultrabook')).toEqual([
      'Line 2: “notebook” is already in the group on line 1; a term belongs to one group, so merge the two lines.',
    ]);
    expect(errorsOf('tv → television\n\ntv → telly')).toEqual([
      'Line 3: “tv” already has one-way synonyms on line 1; list them all on one line.',
    ]);
    expect(errorsOf('laptop, notebook\nlaptop → notebook')).toEqual([
      'Line 2: “laptop” and “notebook” already find each other (line 1).',
    ]);
  });

  it('refuses one-way lines that form a cycle, naming them', () => {
    expect(errorsOf('tv → television\ntelevision → tv')).toEqual([
      'Line 2: One-way lines 1, 2 lead back to where they start (tv → television → tv); write terms that should find each other as one multi-way line.',
    ]);
    expect(errorsOf('a → b\nb → c\nc → a')).toHaveLength(1);
    expect(parseSynonyms('a → b\nb → c\na2 → c').ok).toBe(true);
  });

  it(`refuses more than ${SYNONYM_LIMITS.lines.toLocaleString('en-US')} lines, at once`, () => {
    const lines = Array.from({ length: SYNONYM_LIMITS.lines }, (_, i) => `w${i}, v${i}`);
    expect(parseSynonyms(lines.join('\n')).ok).toBe(true);
    expect(errorsOf([...lines, 'one, more'].join('\n'))).toEqual([
      'The list has more than 10,000 lines of synonyms; split it or remove some.',
    ]);
  });
});

describe('SynonymMap', () => {
  const map = new SynonymMap([
    { source: null, terms: ['laptop', 'notebook'] },
    { source: 'tv', terms: ['television'] },
    { source: null, terms: ['wi-fi', 'wlan'] },
    { source: 'a', terms: ['b'] },
    { source: 'b', terms: ['c'] },
  ]);

  it('gives the engine each term and what it finds: multi-way both ways, one-way as written', () => {
    expect(map.toRecord()).toEqual({
      laptop: ['notebook'],
      notebook: ['laptop'],
      tv: ['television'],
      'wi fi': ['wlan'],
      wlan: ['wi fi'],
      a: ['b'],
      b: ['c'],
    });
  });

  it('finds the terms of a query that have synonyms, multi-word ones included, not transitively', () => {
    expect(map.forQuery('Cheap LAPTOP with Wi-Fi')).toEqual({
      laptop: ['notebook'],
      'wi fi': ['wlan'],
    });
    expect(map.forQuery('television')).toEqual({});
    expect(map.forQuery('a')).toEqual({ a: ['b'] });
  });
});
