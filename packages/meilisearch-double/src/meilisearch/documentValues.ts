// Reading a document the way Meilisearch does: dot paths reach into nested objects, arrays stand
// for each of their elements, and scalars are what filters, facets and sorting look at.
import type { Document } from './doubleIndex.ts';

export type Scalar = string | number | boolean;

/** The value at a dot path, or undefined when any step is missing. */
export function valueAt(document: Document, path: string): unknown {
  let value: unknown = document;
  for (const step of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** The scalars at a path (an array contributes each element; null and objects contribute none). */
export function scalarsAt(document: Document, path: string): Scalar[] {
  const value = valueAt(document, path);
  const list = Array.isArray(value) ? value : [value];
  return list.filter(
    (v): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean',
  );
}

/** Every scalar inside a value, however deeply nested, e.g. all catalog attributes at once. */
export function allScalars(value: unknown): Scalar[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return [value];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(allScalars);
}

/** True when `path` is one of `fields` or nested under one of them (`attributes` covers `attributes.x`). */
export function isCoveredBy(path: string, fields: readonly string[]): boolean {
  return fields.some((field) => field === '*' || path === field || path.startsWith(`${field}.`));
}
