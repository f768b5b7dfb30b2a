// The upload preview's extra columns: each can become a typed attribute (text, a number in a unit,
// yes/no) under a name the merchant picks. The preview's mapping names them by their stored keys
// (`attr_n_weight__kg_` → Weight, number, kg); the next preview is asked with keys built back.
import { parseTypedAttributeKey, typedAttributeKey } from '@shopsearch/catalog/browser';

export type AttributeUse = 'none' | 'text' | 'numeric' | 'boolean';

export interface AttributeChoice {
  use: AttributeUse;
  name: string;
  /** Numbers only; empty means each cell may name its own (`12 cm`). */
  unit: string;
}

export const ATTRIBUTE_USES: { use: AttributeUse; label: string }[] = [
  { use: 'none', label: 'Not imported' },
  { use: 'text', label: 'Text attribute' },
  { use: 'numeric', label: 'Number attribute' },
  { use: 'boolean', label: 'Yes/no attribute' },
];

/** "attr_n_screen_size" → "screen size". */
function nameOfKey(base: string): string {
  return base.slice('attr_x_'.length).replace(/_/g, ' ');
}

/** Each extra column's choice as the preview applied it; columns it did not use are "none". */
export function attributeChoicesOf(
  mapping: Record<string, string>,
  extraColumns: readonly string[],
): Record<string, AttributeChoice> {
  const choices: Record<string, AttributeChoice> = {};
  for (const column of extraColumns) choices[column] = { use: 'none', name: column, unit: '' };
  for (const [key, column] of Object.entries(mapping)) {
    const typed = parseTypedAttributeKey(key);
    if (!typed || !(column in choices)) continue;
    choices[column] = { use: typed.kind, name: nameOfKey(typed.base), unit: typed.unit ?? '' };
  }
  return choices;
}

/** The mapping entries of the columns chosen as attributes: stored key → column. */
export function attributeMappingOf(
  choices: Record<string, AttributeChoice>,
): Record<string, string> {
  const entries: [string, string][] = [];
  for (const [column, { use, name, unit }] of Object.entries(choices)) {
    if (use === 'none') continue;
    const key = typedAttributeKey(name.trim() === '' ? column : name, use, unit.trim());
    if (key) entries.push([key, column]);
  }
  return Object.fromEntries(entries);
}
