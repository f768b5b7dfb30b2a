// Validation of a product's attribute object: names and text values cleaned like other text,
// empty values dropped (attributes are sparse), Icecat-style names held to the type they declare.
import { declaredAttributeKind, parseAttributeValue, type AttributeValue } from './attributes.ts';
import { describeValue, tooLong } from './fieldParsers.ts';
import { LIMITS } from './limits.ts';
import { normalizeLine } from './textNormalization.ts';

export interface AttributeIssue {
  /** The attribute's name as given; absent for problems with the object as a whole. */
  name?: string;
  reason: string;
}

export type AttributeMapResult =
  { ok: true; value: Record<string, AttributeValue> } | { ok: false; issues: AttributeIssue[] };

function asObject(value: unknown): Record<string, unknown> | string {
  if (value === undefined || value === null) return {};
  return typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : `must be an object of name → value (got ${describeValue(value)})`;
}

function cleanValue(name: string, raw: unknown): AttributeValue | undefined | AttributeIssue {
  const kind = declaredAttributeKind(name);
  const parsed = kind ? parseAttributeValue(raw, kind) : undefined;
  if (parsed && !parsed.ok) return { name, reason: parsed.reason };
  const value = parsed?.ok ? parsed.value : raw;
  if (typeof value === 'string') {
    const text = normalizeLine(value);
    if (text.length > LIMITS.attributeText) {
      return { name, reason: tooLong(text.length, LIMITS.attributeText) };
    }
    return text === '' ? undefined : text;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : { name, reason: 'must be a finite number' };
  }
  if (typeof value === 'boolean') return value;
  return { name, reason: `must be text, a number or true/false (got ${describeValue(value)})` };
}

/** Validates an attribute object. */
export function parseAttributeMap(input: unknown): AttributeMapResult {
  const object = asObject(input);
  if (typeof object === 'string') return { ok: false, issues: [{ reason: object }] };
  const entries = Object.entries(object).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length > LIMITS.attributes) {
    return { ok: false, issues: [{ reason: `has more than ${LIMITS.attributes} attributes` }] };
  }
  const attributes: Record<string, AttributeValue> = {};
  const issues: AttributeIssue[] = [];
  let totalLength = 0;
  for (const [rawName, raw] of entries) {
    const name = normalizeLine(rawName);
    if (name === '') issues.push({ name: rawName, reason: 'has an empty name' });
    else if (name.length > LIMITS.attributeName) {
      issues.push({ name: rawName, reason: `name ${tooLong(name.length, LIMITS.attributeName)}` });
    } else {
      const value = cleanValue(name, raw);
      if (typeof value === 'object') issues.push(value);
      else if (value !== undefined) {
        attributes[name] = value;
        totalLength += name.length + (typeof value === 'string' ? value.length : 0);
      }
    }
  }
  if (totalLength > LIMITS.attributesTotal) {
    const total = totalLength.toLocaleString('en-US');
    const limit = LIMITS.attributesTotal.toLocaleString('en-US');
    issues.push({ reason: `names and texts add up to ${total} characters; the limit is ${limit}` });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: attributes };
}
