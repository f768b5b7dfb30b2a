// The first look at what a client sent, before any procedure runs. It bounds the input (how many
// values, how deep, no value reached twice) and finds U+0000, which PostgreSQL (and PGlite) text
// cannot hold: a NUL that reached a query failed it with a database error, a 500. Each problem is
// refused as a client error instead.

export type InputPath = (string | number)[];

/** More values than any procedure's input needs (a big judgment list arrives as one string). */
export const MAX_INPUT_VALUES = 100_000;
/** Deeper than any procedure's input schema (about five levels). */
export const MAX_INPUT_DEPTH = 32;

export type InputProblem =
  | { kind: 'nul'; path: InputPath }
  | { kind: 'too-many-values' }
  | { kind: 'too-deep' }
  | { kind: 'cycle' };

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
  depth: number;
}

/**
 * The first problem found in a decoded input, or null. Walks with its own stack and keeps parent
 * links rather than a path per value, so the cost is linear in the input's size and stops at the
 * bounds. A value reached twice can only be a cycle or a shared object, which parsed JSON never
 * holds (the transformer drops SuperJSON's identity hints), so it is refused rather than walked.
 */
export function inspectInput(input: unknown): InputProblem | null {
  const pending: Visit[] = [{ value: input, key: null, parent: null, depth: 0 }];
  const seen = new WeakSet<object>();
  let values = 0;
  while (pending.length) {
    const visit = pending.pop()!;
    const { value, depth } = visit;
    if (++values > MAX_INPUT_VALUES) return { kind: 'too-many-values' };
    if (typeof value === 'string') {
      if (value.includes('\0')) return { kind: 'nul', path: pathTo(visit) };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) return { kind: 'too-deep' };
    if (seen.has(value)) return { kind: 'cycle' };
    seen.add(value);
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      const child = { value: item, key, parent: visit, depth: depth + 1 };
      if (typeof key === 'string' && key.includes('\0'))
        return { kind: 'nul', path: pathTo(child) };
      pending.push(child);
    }
  }
  return null;
}

function pathTo(visit: Visit): InputPath {
  const path: InputPath = [];
  // Only the root has no parent (and no key).
  for (let v = visit; v.parent; v = v.parent) path.push(v.key!);
  return path.reverse();
}
