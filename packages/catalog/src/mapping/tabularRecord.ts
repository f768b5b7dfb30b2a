// CSV rows and JSON Lines objects: fields come from the columns a mapping names; attributes from
// the `attributes` column (a JSON object, or its text in CSV) merged with attr.* columns.
import { parseAttributeValue, type AttributeParseResult } from '../product/attributes.ts';
import type { ProductDraft } from '../product/catalogProduct.ts';
import { describeValue } from '../product/fieldParsers.ts';
import {
  attributeColumnFor,
  CATALOG_COLUMNS,
  type CatalogColumn,
  type ResolvedColumnMapping,
} from './columnMapping.ts';
import type { DraftConversion, FieldIssue } from './draftConversion.ts';
import { readTypedValue, type TypedValueResult } from './typedAttribute.ts';

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

function readAttributeObject(value: unknown, column: string, issues: FieldIssue[]): object {
  if (isEmpty(value)) return {};
  let object = value;
  if (typeof value === 'string') {
    try {
      object = JSON.parse(value);
    } catch {
      issues.push({ field: column, reason: `must be a JSON object (got ${describeValue(value)})` });
      return {};
    }
  }
  if (typeof object === 'object' && object !== null && !Array.isArray(object)) return object;
  issues.push({ field: column, reason: `must be a JSON object (got ${describeValue(value)})` });
  return {};
}

function keyedAs(key: string, parsed: AttributeParseResult): TypedValueResult {
  return parsed.ok ? { ...parsed, key } : parsed;
}

export function tabularRecordToDraft(
  record: Record<string, unknown>,
  mapping: ResolvedColumnMapping,
): DraftConversion {
  const draft: ProductDraft = {};
  const issues: FieldIssue[] = [];
  const sourceNames = new Map<PropertyKey, string>();
  for (const [ours, field] of Object.entries(CATALOG_COLUMNS)) {
    const column = mapping.columns[ours as CatalogColumn];
    sourceNames.set(field, column);
    if (field !== 'attributes') draft[field] = record[column];
  }
  const attributesColumn = mapping.columns.attributes;
  const attributes: Record<string, unknown> = {
    ...readAttributeObject(record[attributesColumn], attributesColumn, issues),
  };
  const attributeSources = new Map<string, string>();
  for (const [column, value] of Object.entries(record)) {
    const attribute = attributeColumnFor(mapping, column);
    if (!attribute || isEmpty(value)) continue;
    if (!attribute.kind) {
      attributeSources.set(attribute.name, column);
      attributes[attribute.name] = value;
      continue;
    }
    const parsed = attribute.typed
      ? readTypedValue(value, attribute.typed)
      : keyedAs(attribute.name, parseAttributeValue(value, attribute.kind));
    if (!parsed.ok) {
      issues.push({ field: column, reason: parsed.reason });
      continue;
    }
    attributeSources.set(parsed.key, column);
    attributes[parsed.key] = parsed.value;
  }
  draft.attributes = attributes;
  return {
    draft,
    issues,
    sourceField: ([field, attribute]) => {
      if (field === 'attributes' && typeof attribute === 'string') {
        return attributeSources.get(attribute) ?? `${attributesColumn}.${attribute}`;
      }
      return sourceNames.get(field!) ?? String(field);
    },
  };
}
