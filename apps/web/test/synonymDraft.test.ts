import { describe, expect, it } from 'vitest';
import { addSynonymHref, synonymDraftLine, withDraftLine } from '../src/lib/admin/synonymDraft';

describe('a synonym line drafted from a query that found nothing', () => {
  it('starts a one-way line from the query, spaces collapsed', () => {
    expect(synonymDraftLine('  usb   stick ')).toBe('usb stick → ');
  });

  it('is refused for queries that cannot be one term of a line', () => {
    for (const query of ['', '   ', '#1 seller', 'a, b', 'tv -> screen', 'x→y', 'a => b']) {
      expect(synonymDraftLine(query)).toBeNull();
      expect(addSynonymHref('demo', query)).toBeNull();
    }
    expect(synonymDraftLine('x'.repeat(100))).not.toBeNull();
    expect(synonymDraftLine('x'.repeat(101))).toBeNull();
  });

  it('links to the store’s synonyms page with the query, encoded', () => {
    expect(addSynonymHref('my shop', 'café & co')).toBe(
      '/admin/my%20shop/synonyms?for=caf%C3%A9+%26+co',
    );
  });

  it('appends the draft after the merchant’s lines, or alone on an empty list', () => {
    expect(withDraftLine('', 'qqq → ')).toBe('qqq → ');
    expect(withDraftLine('laptop, notebook\n\n', 'qqq → ')).toBe('laptop, notebook\nqqq → ');
  });

  it('adds nothing when a line already starts from the query, or lists it', () => {
    expect(withDraftLine('Rodent -> mouse', 'rodent → ')).toBe('Rodent -> mouse');
    expect(withDraftLine('pc, Rodent', 'rodent → ')).toBe('pc, Rodent');
    expect(withDraftLine('# rodent → mouse\nmouse → rodent', 'rodent → ')).toBe(
      '# rodent → mouse\nmouse → rodent\nrodent → ',
    );
  });
});
