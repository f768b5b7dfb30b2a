// The API's data transformer: SuperJSON (clients deserialise with it), with a fast path for
// answers that are already plain JSON. SuperJSON walks every value of an answer, recording paths
// and object identities; on a search answer (24 hits with explanations, ~24 KB) that walk was a
// fifth of the server's CPU under load. For plain data it produces `{ json: value }`, the same
// JSON, plus referential-equality hints when one object appears twice; plain data never relies on
// identity, so shared objects simply arrive as copies.
//
// Inputs come from anyone. Their referential-equality hints are dropped before decoding: SuperJSON
// would make the decoded value refer to itself (a cycle any walker over it would follow forever),
// and the JSON already carries every shared value as a copy (SuperJSON does not dedupe by default).
import superjson from 'superjson';

/** Deeper values are rare in answers; they take SuperJSON's path rather than risk the stack. */
const MAX_PLAIN_DEPTH = 64;

export const apiTransformer = {
  serialize(value: unknown): unknown {
    return isPlainJson(value, 0) ? { json: value } : superjson.serialize(value);
  },
  deserialize(payload: unknown): unknown {
    const { json, meta } = readPayload(payload);
    if (!meta) return json;
    try {
      return superjson.deserialize({ json, meta: withoutReferences(meta) } as SuperJSONResult);
    } catch {
      // tRPC answers an error thrown here with a 400 carrying this message.
      throw new Error('The input’s SuperJSON type annotations (meta) could not be applied.');
    }
  },
};

type SuperJSONResult = Parameters<typeof superjson.deserialize>[0];

function readPayload(payload: unknown): { json: unknown; meta: Record<string, unknown> | null } {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new Error('The input must be an object of the form {"json": …}.');
  }
  const { json, meta } = payload as { json?: unknown; meta?: unknown };
  if (meta === undefined || meta === null) return { json, meta: null };
  if (typeof meta !== 'object' || Array.isArray(meta)) {
    throw new Error('The input’s "meta" must be an object.');
  }
  return { json, meta: meta as Record<string, unknown> };
}

function withoutReferences(meta: Record<string, unknown>): Record<string, unknown> {
  const { referentialEqualities: _dropped, ...rest } = meta;
  return rest;
}

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
