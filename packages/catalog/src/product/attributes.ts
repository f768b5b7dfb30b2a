// Product attributes are sparse, typed key/value pairs kept under the names they were imported
// with. Icecat encodes the type in the name (attr_t_ text, attr_n_ numeric, attr_b_ boolean);
// other sources type them by value. Filters and facets are built from these later.

export type AttributeValue = string | number | boolean;
export type AttributeKind = 'text' | 'numeric' | 'boolean';

const ICECAT_NAME = /^attr_([tnb])_(.+)$/;
const ICECAT_KINDS: Record<string, AttributeKind> = { t: 'text', n: 'numeric', b: 'boolean' };

/** The kind an Icecat-style name declares (attr_n_weight → numeric); undefined for other names. */
export function declaredAttributeKind(name: string): AttributeKind | undefined {
  const match = ICECAT_NAME.exec(name);
  return match ? ICECAT_KINDS[match[1]!] : undefined;
}

/** An attribute's kind: from its Icecat-style name when it has one, otherwise from its value. */
export function attributeKind(name: string, value?: AttributeValue): AttributeKind {
  const declared = declaredAttributeKind(name);
  if (declared) return declared;
  if (typeof value === 'number') return 'numeric';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/**
 * A label for display: `attr_t_product_colour` → "Product colour",
 * `attr_t_contrast_ratio__typical_` → "Contrast ratio (typical)", `screen_size` → "Screen size".
 * Icecat writes a parenthesised part as a double underscore and a closing underscore.
 */
export function humanizeAttributeName(name: string): string {
  const bare = ICECAT_NAME.exec(name)?.[2] ?? name;
  const words = bare
    .replace(/__(.+?)_(?=_|$)/g, ' ($1)')
    .replace(/[_\s]+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export type AttributeParseResult =
  { ok: true; value: AttributeValue } | { ok: false; reason: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** The words a boolean cell may hold, any case. */
export const BOOLEAN_WORDS = { true: ['yes', 'y', 'true', '1'], false: ['no', 'n', 'false', '0'] };
const TRUE_WORDS = new Set(BOOLEAN_WORDS.true);
const FALSE_WORDS = new Set(BOOLEAN_WORDS.false);

/** Reads a value as the given kind: "41.5" as numeric is 41.5, "Yes" as boolean is true. */
export function parseAttributeValue(value: unknown, kind: AttributeKind): AttributeParseResult {
  if (kind === 'text') {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? { ok: true, value: typeof value === 'string' ? value : String(value) }
      : { ok: false, reason: 'must be text' };
  }
  if (typeof value === (kind === 'numeric' ? 'number' : 'boolean')) {
    return { ok: true, value: value as number | boolean };
  }
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (kind === 'numeric' && text !== undefined && NUMBER.test(text)) {
    return { ok: true, value: Number(text) };
  }
  if (kind === 'boolean' && text !== undefined) {
    const word = text.toLowerCase();
    if (TRUE_WORDS.has(word)) return { ok: true, value: true };
    if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  }
  return {
    ok: false,
    reason: `must be ${kind === 'numeric' ? 'a number' : 'true or false'} (got ${JSON.stringify(value)})`,
  };
}
