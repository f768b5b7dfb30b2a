import { describe, expect, it } from 'vitest';
import { rankMovement } from '../rankMovement.ts';

describe('rankMovement', () => {
  it('classifies each document as up, down, unchanged, new or dropped', () => {
    // before: a1 b2 c3 d4 → after: c1 b2 a3 x4 (d dropped, x new)
    expect(rankMovement(['a', 'b', 'c', 'd'], ['c', 'b', 'a', 'x'])).toEqual([
      { docId: 'c', before: 3, after: 1, shift: 2, movement: 'up' },
      { docId: 'b', before: 2, after: 2, shift: 0, movement: 'unchanged' },
      { docId: 'a', before: 1, after: 3, shift: -2, movement: 'down' },
      { docId: 'x', before: null, after: 4, shift: null, movement: 'new' },
      { docId: 'd', before: 4, after: null, shift: null, movement: 'dropped' },
    ]);
  });

  it('ranks a repeated document at its first position', () => {
    expect(rankMovement(['a', 'a', 'b'], ['b', 'a'])).toEqual([
      { docId: 'b', before: 2, after: 1, shift: 1, movement: 'up' },
      { docId: 'a', before: 1, after: 2, shift: -1, movement: 'down' },
    ]);
  });
});
