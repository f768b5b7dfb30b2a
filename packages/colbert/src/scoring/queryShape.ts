import { assertShape } from '../errors.ts';
import type { EncodedQueryLike } from '../types.ts';

/** Q must be [length, dim] and w, when present, [length]. */
export function assertQueryShape(q: EncodedQueryLike): void {
  assertShape(
    q.Q.length === q.length * q.dim,
    () => `Q has ${q.Q.length} values, expected [Lq=${q.length}, dim=${q.dim}]`,
  );
  assertShape(
    q.weights === null || q.weights.length === q.length,
    () => `w has ${q.weights?.length} values, expected [Lq=${q.length}]`,
  );
}
