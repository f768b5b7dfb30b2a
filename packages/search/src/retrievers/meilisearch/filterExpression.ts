// Typed filters → a Meilisearch filter expression. Every text value is double-quoted with `\` and
// `"` escaped (the two characters Meilisearch unescapes inside a quoted value), so no value can
// close its string early and turn into syntax; numbers are formatted here, never copied from text.
import type { AttributeFilter, SearchFilters } from '../../retrieval.ts';
import { InvalidFilterError } from './errors.ts';
import { attributeField, FIELDS, numericAttributeField } from './fields.ts';
import { cutValueCondition, isCutByEngine } from './longFacetValues.ts';

/** A facet whose own filter is left out when counting it (disjunctive faceting). */
export type FilterKey = 'brand' | 'availability' | 'price' | `attr:${string}`;

export function quoteValue(value: string): string {
  if (typeof value !== 'string') {
    throw new InvalidFilterError(`filter values must be strings, got ${typeof value}`);
  }
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A finite number as a bare filter word: digits, `-`, `.` and `e` only (no `e+` exponent). */
export function formatNumber(value: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidFilterError(`filter bounds must be finite numbers, got ${String(value)}`);
  }
  // Integers beyond 1e21 print as `1e+21`, and `+` is not allowed in a bare value.
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/** Each filter's conditions, keyed by the facet it belongs to; keys without conditions are absent. */
export function filterConditions(filters: SearchFilters): Map<FilterKey, string[]> {
  const byKey = new Map<FilterKey, string[]>();
  const add = (key: FilterKey, conditions: string[]) => {
    if (conditions.length) byKey.set(key, conditions);
  };
  if (filters.brands?.length) add('brand', [anyOf(FIELDS.brand, filters.brands)]);
  if (filters.availability?.length) {
    add('availability', [anyOf(FIELDS.availability, filters.availability)]);
  }
  if (filters.price) add('price', rangeConditions(FIELDS.price, filters.price));
  for (const [name, filter] of Object.entries(filters.attributes ?? {})) {
    add(`attr:${name}`, attributeConditions(name, filter));
  }
  return byKey;
}

/** All conditions joined with AND, leaving out the `except` facet's own; undefined when none. */
export function filterExpression(filters: SearchFilters, except?: FilterKey): string | undefined {
  const conditions = [...filterConditions(filters)]
    .filter(([key]) => key !== except)
    .flatMap(([, list]) => list);
  return conditions.length ? conditions.join(' AND ') : undefined;
}

/** Any of the values; one the engine filed cut to 468 bytes is matched on its filed key. */
function anyOf(field: string, values: readonly string[]): string {
  const whole = values.filter((v) => !isCutByEngine(v));
  const cut = values.filter(isCutByEngine);
  // An empty list stays `IN []`, which matches nothing.
  const parts = [
    ...(whole.length || !cut.length ? [`${field} IN [${whole.map(quoteValue).join(', ')}]`] : []),
    ...cut.map((value) => cutValueCondition(field, value, quoteValue)),
  ];
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
}

function rangeConditions(field: string, range: { min?: number; max?: number }): string[] {
  const out: string[] = [];
  if (range.min !== undefined) out.push(`${field} >= ${formatNumber(range.min)}`);
  if (range.max !== undefined) out.push(`${field} <= ${formatNumber(range.max)}`);
  return out;
}

/** The field an attribute filter is evaluated on: numeric ranges look at numbers only. */
export function attributeFilterField(name: string, filter: AttributeFilter): string {
  return filter.kind === 'numeric' ? numericAttributeField(name) : attributeField(name);
}

function attributeConditions(name: string, filter: AttributeFilter): string[] {
  const field = attributeFilterField(name, filter);
  switch (filter.kind) {
    case 'text':
      // An empty list matches nothing, as it does in the PostgreSQL first stage.
      return [anyOf(field, filter.anyOf)];
    case 'boolean':
      // Meilisearch indexes booleans as the facet strings "true" and "false".
      return [`${field} = ${filter.value ? 'true' : 'false'}`];
    case 'numeric': {
      const bounds = rangeConditions(field, filter.range);
      // Without bounds the filter still asks for the attribute to be there.
      return bounds.length ? bounds : [`${field} EXISTS`];
    }
    default:
      throw new InvalidFilterError(`unknown attribute filter kind in ${JSON.stringify(filter)}`);
  }
}
