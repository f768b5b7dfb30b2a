import { describe, expect, it } from 'vitest';
import { documentKey } from '../../src/retrievers/meilisearch/documentKeys.ts';

const ENGINE_ID = /^[A-Za-z0-9_-]{1,511}$/;

describe('documentKey', () => {
  it('keeps ids the engine takes as they are, unless they start with an underscore', () => {
    for (const id of ['a1', 'SKU-123', 'a_b', '-x', '9'.repeat(200)]) {
      expect(documentKey(id)).toBe(id);
    }
    expect(documentKey('_a1')).not.toBe('_a1');
  });

  it('hashes every other id into an engine id, the same one each time', () => {
    const ids = [
      'a.b',
      'a/b',
      'a b',
      'café',
      '',
      '_a1',
      '\u{1F600}'.repeat(100),
      '\uD800',
      '\uFFFD',
    ];
    const keys = ids.map(documentKey);
    expect(keys.every((key) => ENGINE_ID.test(key) && key.startsWith('_'))).toBe(true);
    expect(new Set(keys).size).toBe(ids.length);
    expect(ids.map(documentKey)).toEqual(keys);
  });
});
