import type { ProductDraft } from '../product/catalogProduct.ts';

/** A problem found while turning a source record into a draft, named as the source names it. */
export interface FieldIssue {
  field: string;
  reason: string;
}

/** A source record as a draft, plus how to name draft fields the way the source did. */
export interface DraftConversion {
  draft: ProductDraft;
  issues: FieldIssue[];
  /** The source's name for a schema issue path, e.g. ['priceMinor'] → "price". */
  sourceField(path: readonly PropertyKey[]): string;
}
