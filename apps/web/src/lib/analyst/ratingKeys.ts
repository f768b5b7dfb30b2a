// The compare view's keyboard: move between hits (arrows or vim keys), rate the focused one.
//   ↓ / j, ↑ / k      next / previous hit in the ranking
//   → / l, ← / h      the neighbouring ranking, same position
//   Home / End        first / last hit
//   0 1 2 3           rate the focused hit
//   Delete / Backspace  remove its judgment
import { isGrade, type Grade } from './grades';

export type RatingKeyAction =
  | { type: 'move'; by: 1 | -1 }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'column'; by: 1 | -1 }
  | { type: 'rate'; grade: Grade | null };

const KEYS: Record<string, RatingKeyAction> = {
  ArrowDown: { type: 'move', by: 1 },
  j: { type: 'move', by: 1 },
  ArrowUp: { type: 'move', by: -1 },
  k: { type: 'move', by: -1 },
  ArrowRight: { type: 'column', by: 1 },
  l: { type: 'column', by: 1 },
  ArrowLeft: { type: 'column', by: -1 },
  h: { type: 'column', by: -1 },
  Home: { type: 'edge', to: 'first' },
  End: { type: 'edge', to: 'last' },
  Delete: { type: 'rate', grade: null },
  Backspace: { type: 'rate', grade: null },
};

/** What a key does on a focused hit; null leaves the key to the browser. */
export function ratingKeyAction(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): RatingKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const digit = Number(event.key);
  if (event.key.length === 1 && isGrade(digit)) return { type: 'rate', grade: digit };
  return Object.hasOwn(KEYS, event.key) ? KEYS[event.key]! : null;
}
