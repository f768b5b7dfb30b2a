import { describe, expect, it } from 'vitest';
import { goneWithRule, rowsWithRule } from '../src/lib/admin/rulePreview';

const hit = (id: string, pinned = false) => ({ id, title: `T${id}`, pinned, boost: null });

describe('a rule’s preview', () => {
  const preview = {
    query: 'mouse',
    before: [hit('a'), hit('b'), hit('c')],
    after: [hit('x', true), hit('a'), hit('c')],
  };

  it('marks each product with the rule against its place without it', () => {
    expect(rowsWithRule(preview).map((r) => [r.id, r.move, r.from])).toEqual([
      ['x', 'new', null],
      ['a', 'down', 1],
      ['c', 'same', 3],
    ]);
    expect(
      rowsWithRule({ ...preview, after: [hit('c', true), hit('a')] }).map((r) => r.move),
    ).toEqual(['up', 'down']);
  });

  it('names what leaves the first page', () => {
    expect(goneWithRule(preview)).toEqual([hit('b')]);
  });
});
