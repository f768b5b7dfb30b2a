'use client';
import { useState, type FormEvent } from 'react';
import {
  attributeChoicesOf,
  attributeMappingOf,
  type AttributeChoice,
} from '~/lib/admin/attributeColumns';
import {
  columnChoices,
  extraColumnsOf,
  MAPPABLE_FIELDS,
  mappingOf,
  type ColumnSelection,
} from '~/lib/admin/columnMapping';
import { Actions, Button, Fieldset, Note, SelectField } from '~/components/ui';
import { AttributeColumnsEditor } from './AttributeColumnsEditor';
import styles from './MappingEditor.module.css';

/** The whole mapping to ask the next preview with, in a stable order for comparing. */
function mappingToSend(selection: ColumnSelection, choices: Record<string, AttributeChoice>) {
  const all = { ...mappingOf(selection), ...attributeMappingOf(choices) };
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Which column fills each product field, and which other columns become typed attributes, as the
 * preview applied them (suggested from the column names when the merchant has not chosen yet);
 * change some and preview again.
 */
export function MappingEditor({
  columns,
  mapping,
  suggested,
  busy,
  onApply,
}: {
  columns: string[];
  mapping: Record<string, string>;
  suggested: boolean;
  busy: boolean;
  onApply: (mapping: Record<string, string>) => void;
}) {
  const [selection, setSelection] = useState<ColumnSelection>(mapping);
  const [choices, setChoices] = useState(() =>
    attributeChoicesOf(mapping, extraColumnsOf(columns, mapping)),
  );
  const extra = extraColumnsOf(columns, selection);
  const current = Object.fromEntries(
    extra.map((c) => [c, choices[c] ?? { use: 'none' as const, name: c, unit: '' }]),
  );
  const next = mappingToSend(selection, current);
  const applied = mappingToSend(
    mapping,
    attributeChoicesOf(mapping, extraColumnsOf(columns, mapping)),
  );
  const changed = JSON.stringify(next) !== JSON.stringify(applied);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(next);
  };
  return (
    <form className={styles.mapping} onSubmit={onSubmit} aria-label="Column mapping">
      <Fieldset legend="Column mapping">
        <Note>
          {suggested
            ? 'Suggested from the column names; change any of them and preview again.'
            : 'As you chose it.'}{' '}
          Columns found: {columns.length ? columns.join(', ') : 'none'}.
        </Note>
        <div className={styles.grid}>
          {MAPPABLE_FIELDS.map(({ field, label, required }) => {
            const applied = mapping[field] ?? field;
            const value = selection[field] ?? applied;
            return (
              <SelectField
                key={field}
                label={required ? `${label} (required)` : label}
                controlClassName={columns.includes(value) ? undefined : styles.missing}
                value={value}
                onChange={(e) => setSelection((s) => ({ ...s, [field]: e.target.value }))}
              >
                {!required && <option value="">(none)</option>}
                {columnChoices(columns, applied).map((column) => (
                  <option key={column} value={column}>
                    {columns.includes(column) ? column : `${column} (not in file)`}
                  </option>
                ))}
              </SelectField>
            );
          })}
        </div>
      </Fieldset>
      <AttributeColumnsEditor
        choices={current}
        onChange={(column, choice) => setChoices((c) => ({ ...c, [column]: choice }))}
      />
      <Actions>
        <Button type="submit" variant="secondary" disabled={!changed || busy}>
          Preview with this mapping
        </Button>
      </Actions>
    </form>
  );
}
