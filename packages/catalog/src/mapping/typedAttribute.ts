// Typed attributes from a file's extra columns, stored under Icecat-style keys so the type lasts
// with the name: `attr_t_colour` (text), `attr_n_weight__kg_` (a number in kg, shown as
// "Weight (kg)"), `attr_b_waterproof` (yes/no). A mapping names the key it fills; the web admin
// builds keys from the name, type and unit a merchant picks. Browser-safe: no Node APIs.
import {
  BOOLEAN_WORDS,
  parseAttributeValue,
  type AttributeKind,
  type AttributeValue,
} from '../product/attributes.ts';

export interface TypedAttribute {
  /** The key without its unit: `attr_n_weight`. */
  base: string;
  kind: AttributeKind;
  /** Numbers only: the unit every value is in (`kg`); absent means the cells may name one. */
  unit?: string;
}

const KIND_LETTERS: Record<AttributeKind, string> = { text: 't', numeric: 'n', boolean: 'b' };
const LETTER_KINDS: Record<string, AttributeKind> = { t: 'text', n: 'numeric', b: 'boolean' };
const UNIT = '[A-Za-z][A-Za-z0-9]{0,11}';
const TYPED_KEY = new RegExp(`^attr_([tnb])_([a-z0-9_]+?)(?:__(${UNIT})_)?$`);
const UNIT_ONLY = new RegExp(`^${UNIT}$`);
const MEASUREMENT = new RegExp(`^([+-]?(?:\\d+\\.?\\d*|\\.\\d+))\\s*(${UNIT})?$`);

/** "Product colour" → "product_colour": lower case ASCII letters and digits joined by `_`. */
export function attributeSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Whether `unit` can be part of a key: a letter, then up to 11 letters or digits (`kg`, `mAh`). */
export function isAttributeUnit(unit: string): boolean {
  return UNIT_ONLY.test(unit);
}

/** The key a typed attribute is stored under, or undefined when the name has no letter or digit. */
export function typedAttributeKey(
  name: string,
  kind: AttributeKind,
  unit?: string,
): string | undefined {
  const slug = attributeSlug(name);
  if (slug === '') return undefined;
  const base = `attr_${KIND_LETTERS[kind]}_${slug}`;
  return kind === 'numeric' && unit && isAttributeUnit(unit) ? `${base}__${unit}_` : base;
}

/** Reads `attr_n_weight__kg_` → { base: 'attr_n_weight', kind: 'numeric', unit: 'kg' }. */
export function parseTypedAttributeKey(key: string): TypedAttribute | undefined {
  const match = TYPED_KEY.exec(key);
  if (!match) return undefined;
  const kind = LETTER_KINDS[match[1]!]!;
  if (kind !== 'numeric' || !match[3]) return { base: key, kind };
  return { base: `attr_n_${match[2]}`, kind, unit: match[3] };
}

export type TypedValueResult =
  { ok: true; key: string; value: AttributeValue } | { ok: false; reason: string };

function readMeasurement(value: unknown, attribute: TypedAttribute): TypedValueResult {
  const { base, unit } = attribute;
  const key = unit ? `${base}__${unit}_` : base;
  if (typeof value === 'number' && Number.isFinite(value)) return { ok: true, key, value };
  const match = typeof value === 'string' ? MEASUREMENT.exec(value.trim()) : null;
  const written = match?.[2];
  if (match && (!unit || !written || written.toLowerCase() === unit.toLowerCase())) {
    const unitKey = !unit && written ? `${base}__${written}_` : key;
    return { ok: true, key: unitKey, value: Number(match[1]) };
  }
  const example = unit ? `"12" or "12 ${unit}"` : `"12" or "12 cm"`;
  const inUnit = unit ? ` in ${unit}` : '';
  return {
    ok: false,
    reason: `must be a number${inUnit} like ${example} (got ${JSON.stringify(value)})`,
  };
}

/** A cell as the attribute's type; a number's cell may carry its unit (`12 cm`, `0.5kg`). */
export function readTypedValue(value: unknown, attribute: TypedAttribute): TypedValueResult {
  if (attribute.kind === 'numeric') return readMeasurement(value, attribute);
  const parsed = parseAttributeValue(value, attribute.kind);
  if (parsed.ok) return { ok: true, key: attribute.base, value: parsed.value };
  if (attribute.kind === 'text') return parsed;
  const words = [...BOOLEAN_WORDS.true, ...BOOLEAN_WORDS.false].join(', ');
  return { ok: false, reason: `must be yes or no (one of ${words}; got ${JSON.stringify(value)})` };
}
