// One source row → a product or the reasons it is not one.
import type { DraftConversion } from '../mapping/draftConversion.ts';
import type { CatalogProduct } from '../product/catalogProduct.ts';
import type { ProductSchema } from '../product/productSchema.ts';
import { normalizeIdentifier } from '../product/textNormalization.ts';
import type { SourceRow } from '../source/readPosition.ts';
import type { RowError } from './rowError.ts';

export type RowOutcome = { ok: true; product: CatalogProduct } | { ok: false; errors: RowError[] };

function idOf(value: unknown): string | undefined {
  const id =
    typeof value === 'string' || typeof value === 'number'
      ? normalizeIdentifier(String(value))
      : '';
  return id === '' ? undefined : id;
}

export function validateRow(
  row: SourceRow,
  toDraft: (record: Record<string, unknown>) => DraftConversion,
  schema: ProductSchema,
): RowOutcome {
  const at = { row: row.row, ...(row.line === undefined ? {} : { line: row.line }) };
  if ('malformed' in row) {
    const field = row.field === undefined ? {} : { field: row.field };
    return { ok: false, errors: [{ ...at, ...field, reason: row.malformed }] };
  }
  const { draft, issues, sourceField } = toDraft(row.record);
  const productId = idOf(draft.id);
  const withId = productId === undefined ? at : { ...at, productId };
  const result = schema.safeParse(draft);
  const errors: RowError[] = issues.map((issue) => ({ ...withId, ...issue }));
  if (!result.success) {
    for (const issue of result.error.issues) {
      errors.push({ ...withId, field: sourceField(issue.path), reason: issue.message });
    }
  }
  return result.success && errors.length === 0
    ? { ok: true, product: result.data }
    : { ok: false, errors };
}
