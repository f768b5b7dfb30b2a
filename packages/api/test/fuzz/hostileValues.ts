// Mutations of a generated input: what a broken or hostile client sends instead of the value a
// field expects (wrong types, numbers past every bound, huge, deep, wide and Unicode-odd values).
import type { Random } from './random.ts';

const ODD_TEXT = [
  '\uD800', // a lone high surrogate
  'a\uDC00b', // a lone low surrogate
  'nul\u0000inside',
  '\u202Eevil\u202C', // right-to-left override
  'e' + '\u0301'.repeat(500), // a letter under 500 combining marks
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\uFEFF\u200B\u2028\u2029',
  'Ω≈ç√∫˜µ≤≥÷',
  '%00%ZZ%',
  "' OR 1=1 --",
  '"; DROP TABLE products; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'brand = "x" OR id > 0',
  '\\',
  '',
  ' ',
];

const ODD_NUMBERS = [
  -1,
  -0,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
];

function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** A value of the wrong kind, or of the right kind past every sensible bound. */
export function hostileValue(random: Random): unknown {
  switch (random.int(0, 11)) {
    case 0:
      return random.pick(ODD_TEXT);
    case 1:
      return random.pick(ODD_NUMBERS);
    case 2:
      return 'x'.repeat(random.pick([1_000, 10_000, 100_000]));
    case 3:
      return random.pick(ODD_TEXT).repeat(random.int(2, 2_000));
    case 4:
      return deep(random.pick([10, 31, 33, 200]));
    case 5:
      return Array.from({ length: random.pick([100, 5_000, 50_000]) }, (_, i) => i);
    case 6:
      return Object.fromEntries(
        Array.from({ length: random.pick([100, 5_000]) }, (_, i) => [`k${i}`, i]),
      );
    case 7:
      return random.pick([null, true, false, 0, '', [], {}]);
    case 8:
      // Parsed, so `__proto__` is an own key as it is in a request, not the object's prototype.
      return JSON.parse(
        random.pick(['{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":1}}']),
      );
    case 9:
      return [random.pick(ODD_TEXT), random.pick(ODD_NUMBERS)];
    case 10:
      return { toString: 'x', valueOf: 1, then: 'not a promise' };
    default:
      return random.pick(['true', '1', 'null', '[]', '{}', 'NaN', 'Infinity']);
  }
}

/** `input` with one value replaced (or the whole input, or an extra key added). */
export function mutate(random: Random, input: unknown): unknown {
  if (input === null || typeof input !== 'object' || random.chance(0.15)) {
    return hostileValue(random);
  }
  const copy: Record<string, unknown> | unknown[] = Array.isArray(input)
    ? [...(input as unknown[])]
    : { ...(input as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (!keys.length || random.chance(0.1)) {
    (copy as Record<string, unknown>)[random.pick(['extra', '__proto__', 'constructor', ''])] =
      hostileValue(random);
    return copy;
  }
  const key = random.pick(keys);
  const target = copy as Record<string, unknown>;
  target[key] = random.chance(0.3) ? mutate(random, target[key]) : hostileValue(random);
  return copy;
}

/**
 * SuperJSON's `meta` as a hostile client writes it: identity hints that would make the input refer
 * to itself, and type annotations that are wrong, unknown or aimed at missing paths.
 */
export function hostileMeta(random: Random, keys: string[]): unknown {
  const key = keys.length ? random.pick(keys) : 'a';
  switch (random.int(0, 9)) {
    case 0:
      return { referentialEqualities: [[key]] };
    case 1:
      return { referentialEqualities: { [key]: [''] } };
    case 2:
      return { referentialEqualities: { '': [key, `${key}.x`] } };
    case 3:
      return { values: { [key]: [random.pick(['custom', 'class', 'symbol']), 'x'] } };
    case 4:
      return { values: { [key]: random.pick(['bigint', 'Date', 'regexp', 'set', 'map']) } };
    case 5:
      return { values: { [key]: ['number'] } };
    case 6:
      return { values: { 'no.such.path': 'undefined' } };
    case 7:
      return { values: [[key]], referentialEqualities: 'x' };
    case 8:
      return random.pick(['x', 1, null, [], { v: 1 }]);
    default:
      return { values: { [key]: 'undefined' }, v: 99 };
  }
}
