// Evaluating a parsed filter against one document. A string equals a filter value when its facet
// key (normalised and cut at 468 bytes, see facetKeys.ts) equals the normalised value, so a value
// longer than the cut never equals itself; a value that reads as a number also matches numbers;
// comparisons are numeric for numbers and byte-wise on keys for strings, whatever the bound;
// `!=` and NOT also select documents that lack the field. Booleans compare as "true"/"false";
// empty strings are not filed.
import type { Document } from './doubleIndex.ts';
import { scalarsAt, valueAt, type Scalar } from './documentValues.ts';
import { compareKeys, facetKey, normalizeFacet } from './facetKeys.ts';
import type { CompareOp, FilterNode } from './filterParser.ts';

export function matchesFilter(node: FilterNode, document: Document): boolean {
  switch (node.kind) {
    case 'and':
      return node.children.every((child) => matchesFilter(child, document));
    case 'or':
      return node.children.some((child) => matchesFilter(child, document));
    case 'not':
      return !matchesFilter(node.child, document);
    case 'exists':
      return valueAt(document, node.field) !== undefined;
    case 'in':
      return scalarsAt(document, node.field).some((v) => node.values.some((w) => equals(v, w)));
    case 'range':
      return scalarsAt(document, node.field).some(
        (v) => (compare(v, node.from) ?? -1) >= 0 && (compare(v, node.to) ?? 1) <= 0,
      );
    case 'compare': {
      const values = scalarsAt(document, node.field);
      if (node.op === '=') return values.some((v) => equals(v, node.value));
      if (node.op === '!=') return !values.some((v) => equals(v, node.value));
      return values.some((v) => satisfies(compare(v, node.value), node.op));
    }
  }
}

/** Every field a filter mentions, to check them against the filterable attributes. */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.children.flatMap(filterFields);
    case 'not':
      return filterFields(node.child);
    default:
      return [node.field];
  }
}

function equals(value: Scalar, token: string): boolean {
  if (typeof value === 'number') return asNumber(token) === value;
  return value !== '' && facetKey(String(value)) === normalizeFacet(token);
}

/**
 * Sign of value − token, or undefined when they are not comparable. Numbers compare with tokens
 * that read as numbers; strings (and booleans, filed as strings) compare with every token as
 * facet keys, byte by byte, even when the token is a number: the engine scans its string keys for
 * any range (since 1.15), so `x >= 10` also selects "n/a" and "15 inch".
 */
function compare(value: Scalar, token: string): number | undefined {
  if (typeof value === 'number') {
    const number = asNumber(token);
    return number === undefined ? undefined : Math.sign(value - number);
  }
  if (value === '') return undefined;
  return compareKeys(facetKey(String(value)), normalizeFacet(token));
}

function satisfies(sign: number | undefined, op: CompareOp): boolean {
  if (sign === undefined) return false;
  switch (op) {
    case '>':
      return sign > 0;
    case '>=':
      return sign >= 0;
    case '<':
      return sign < 0;
    case '<=':
      return sign <= 0;
    default:
      return sign === 0;
  }
}

/** What Rust's f64 parsing accepts (no spaces, no hex), when finite. */
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function asNumber(token: string): number | undefined {
  const number = Number(token);
  return FLOAT.test(token) && Number.isFinite(number) ? number : undefined;
}
