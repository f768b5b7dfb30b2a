// How a hit moved against the first ranking, as a short mark and as words for screen readers.
export interface Movement {
  kind: 'baseline' | 'up' | 'down' | 'same' | 'new';
  /** ↑3, ↓2, =, new; empty for the first ranking, which everything is measured against. */
  mark: string;
  description: string;
}

/**
 * `shift` is the API's: positions gained against the first ranking (negative: lost), null when
 * the product is not in the first ranking at all.
 */
export function movementOf(shift: number | null, isBaseline: boolean): Movement {
  if (isBaseline) return { kind: 'baseline', mark: '', description: '' };
  if (shift === null) return { kind: 'new', mark: 'new', description: 'not in the first ranking' };
  if (shift === 0)
    return { kind: 'same', mark: '=', description: 'same position as in the first ranking' };
  const places = Math.abs(shift) === 1 ? 'place' : 'places';
  return shift > 0
    ? {
        kind: 'up',
        mark: `↑${shift}`,
        description: `${shift} ${places} higher than in the first ranking`,
      }
    : {
        kind: 'down',
        mark: `↓${-shift}`,
        description: `${-shift} ${places} lower than in the first ranking`,
      };
}
