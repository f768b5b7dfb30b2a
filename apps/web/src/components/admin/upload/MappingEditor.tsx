'use client';
import { useState, type FormEvent } from 'react';
import { columnChoices, MAPPABLE_FIELDS, mappingOf } from '~/lib/admin/columnMapping';
import { Actions, Button, Fieldset, Note, SelectField } from '~/components/ui';
import styles from './MappingEditor.module.css';

/**
 * Which column fills each product field, as the preview applied it; change some and preview
 * again. Columns that fill nothing are listed (often a misspelt header).
 */
export function MappingEditor({
  columns,
  mapping,
  ignoredColumns,
  busy,
  onApply,
}: {
  columns: string[];
  mapping: Record<string, string>;
  ignoredColumns: string[];
  busy: boolean;
  onApply: (mapping: Record<string, string>) => void;
}) {
  const [selection, setSelection] = useState<Record<string, string>>(mapping);
  const changed = MAPPABLE_FIELDS.some(({ field }) => selection[field] !== mapping[field]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(mappingOf(selection));
  };
  return (
    <form className={styles.mapping} onSubmit={onSubmit}>
      <Fieldset legend="Column mapping">
        <Note>
          Columns found: {columns.length ? columns.join(', ') : 'none'}.
          {ignoredColumns.length > 0 && <> Not used: {ignoredColumns.join(', ')}.</>}
        </Note>
        <div className={styles.grid}>
          {MAPPABLE_FIELDS.map(({ field, label, required }) => {
            const applied = mapping[field] ?? field;
            const found = columns.includes(selection[field] ?? applied);
            return (
              <SelectField
                key={field}
                label={required ? `${label} (required)` : label}
                controlClassName={found ? undefined : styles.missing}
                value={selection[field] ?? applied}
                onChange={(e) => setSelection((s) => ({ ...s, [field]: e.target.value }))}
              >
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
      <Actions>
        <Button type="submit" variant="secondary" disabled={!changed || busy}>
          Preview with this mapping
        </Button>
      </Actions>
    </form>
  );
}
