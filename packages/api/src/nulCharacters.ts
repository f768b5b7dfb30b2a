// PostgreSQL (and PGlite) text cannot hold U+0000: a NUL that reaches a query fails it with a
// database error, which a client would see as a 500. Every input is checked for it once, before
// any procedure runs, so it is refused with the field named instead.

export type InputPath = (string | number)[];

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
}

/**
 * Where a string (or an object key) of a decoded input holds U+0000, or null. Walks with its own
 * stack rather than recursion, and keeps parent links rather than a path per value, so an input
 * nested as deep as its sender likes costs time in proportion to its size.
 */
export function pathOfNul(input: unknown): InputPath | null {
  const pending: Visit[] = [{ value: input, key: null, parent: null }];
  while (pending.length) {
    const visit = pending.pop()!;
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes('\0')) return pathTo(visit);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push({ value: item, key: i, parent: visit }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, key, parent: visit };
        if (key.includes('\0')) return pathTo(child);
        pending.push(child);
      }
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
