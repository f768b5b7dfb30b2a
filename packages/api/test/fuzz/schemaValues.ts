// Inputs generated from a procedure's zod schema: mostly values the schema accepts (so requests
// reach the handlers, not just validation), at and around its bounds. Reads zod 4's schema
// definitions (`_zod.def`, `_zod.bag`), so a new procedure's input is covered without listing it.
import type { Random } from './random.ts';

interface SchemaNode {
  _zod: { def: { type: string } & Record<string, unknown>; bag: Record<string, unknown> };
}

/** Values a field must hold to get past the first checks (the store under test, a real upload). */
export type KnownValues = Record<string, readonly unknown[]>;

const MAX_DEPTH = 8;

function isSchema(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

function child(def: Record<string, unknown>, key: string): SchemaNode | null {
  const value = def[key];
  if (typeof value === 'function') return (value as () => SchemaNode)();
  return isSchema(value) ? value : null;
}

function numberIn(random: Random, bag: Record<string, unknown>, integer: boolean): number {
  const min = typeof bag.minimum === 'number' && bag.minimum > -1e9 ? bag.minimum : -1000;
  const max = typeof bag.maximum === 'number' && bag.maximum < 1e9 ? bag.maximum : 1000;
  const edges = [min, max, min + 1, max - 1, 0, 1];
  const value = random.chance(0.4) ? random.pick(edges) : min + random.next() * (max - min);
  return integer ? Math.round(value) : value;
}

function stringIn(random: Random, bag: Record<string, unknown>): string {
  const min = typeof bag.minimum === 'number' ? bag.minimum : 0;
  const max = typeof bag.maximum === 'number' ? Math.min(bag.maximum, 300) : 40;
  if (bag.format === 'email') return `user${random.int(0, 99)}@shop.test`;
  const length = random.chance(0.3) ? random.pick([min, max]) : random.int(min, Math.max(min, max));
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 -_';
  let text = '';
  while (text.length < length) text += alphabet[random.int(0, alphabet.length - 1)];
  return text;
}

/** A value for `schema`, usually valid; `key` is the field it is for (to use a known value). */
export function valueFor(
  random: Random,
  schema: SchemaNode,
  known: KnownValues,
  key: string | null = null,
  depth = 0,
): unknown {
  const hint = key === null ? undefined : known[key];
  if (hint && random.chance(0.9)) return random.pick(hint);
  const { def, bag } = schema._zod;
  const inner = (name: string) => {
    const node = child(def, name);
    return node ? valueFor(random, node, known, key, depth + 1) : null;
  };
  if (depth > MAX_DEPTH) return null;
  switch (def.type) {
    case 'string':
      return stringIn(random, bag);
    case 'number':
      return numberIn(random, bag, typeof bag.format === 'string' && bag.format.includes('int'));
    case 'boolean':
      return random.chance(0.5);
    case 'bigint':
      return BigInt(random.int(0, 1000));
    case 'date':
      return new Date(Date.UTC(2026, 0, random.int(1, 365)));
    case 'null':
      return null;
    case 'enum':
      return random.pick(Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return random.pick(def.values as unknown[]);
    case 'optional':
      return random.chance(0.3) ? undefined : inner('innerType');
    case 'nullable':
      return random.chance(0.2) ? null : inner('innerType');
    case 'default':
    case 'prefault':
      return random.chance(0.3) ? undefined : inner('innerType');
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'lazy':
      return inner('getter');
    case 'union': {
      const options = def.options as SchemaNode[];
      return valueFor(random, random.pick(options), known, key, depth + 1);
    }
    case 'intersection':
      return inner('left');
    case 'array':
    case 'set': {
      const min = typeof bag.minimum === 'number' ? bag.minimum : 0;
      const max = typeof bag.maximum === 'number' ? Math.min(bag.maximum, 8) : 4;
      const length = random.int(min, Math.max(min, max));
      return Array.from({ length }, () => inner(def.type === 'array' ? 'element' : 'valueType'));
    }
    case 'tuple':
      return (def.items as SchemaNode[]).map((item) =>
        valueFor(random, item, known, null, depth + 1),
      );
    case 'record': {
      const entries = random.int(0, 4);
      const record: Record<string, unknown> = {};
      for (let i = 0; i < entries; i++) {
        const name = String(inner('keyType') ?? `k${i}`);
        record[name] = inner('valueType');
      }
      return record;
    }
    case 'object': {
      const shape = def.shape as Record<string, SchemaNode>;
      const object: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(shape)) {
        const value = valueFor(random, field, known, name, depth + 1);
        if (value !== undefined) object[name] = value;
      }
      return object;
    }
    default:
      // any, unknown, custom, transform…: a small plain value.
      return random.pick([null, 0, '', 'x', {}, []]);
  }
}

/** The input schema of a procedure (tRPC keeps the parsers it was given). */
export function inputSchemaOf(procedure: unknown): SchemaNode | null {
  const inputs = (procedure as { _def: { inputs: unknown[] } })._def.inputs;
  const schema = inputs[0];
  return isSchema(schema) ? schema : null;
}
