// The API's data transformer: SuperJSON (clients deserialise with it), with a fast path for
// answers that are already plain JSON. SuperJSON walks every value of an answer, recording paths
// and object identities; on a search answer (24 hits with explanations, ~24 KB) that walk was a
// fifth of the server's CPU under load. For plain data it produces `{ json: value }`, the same
// JSON, plus referential-equality hints when one object appears twice; plain data never relies on
// identity, so shared objects simply arrive as copies.
import superjson from 'superjson';

/** Deeper values are rare in answers; they take SuperJSON's path rather than risk the stack. */
const MAX_PLAIN_DEPTH = 64;

export const apiTransformer = {
  serialize(value: unknown): unknown {
    return isPlainJson(value, 0) ? { json: value } : superjson.serialize(value);
  },
  deserialize(payload: unknown): unknown {
    return superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0]);
  },
};

/**
 * True when JSON carries the value unchanged: null, booleans, strings, finite numbers other than
 * -0, arrays of those and plain objects whose every property is one (no undefined, no Date,
 * Map, Set, bigint or class instance, which only SuperJSON restores).
 */
export function isPlainJson(value: unknown, depth = 0): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (depth >= MAX_PLAIN_DEPTH) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!(i in value) || !isPlainJson(value[i], depth + 1)) return false;
        }
        return true;
      }
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) {
        if (!isPlainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
