'use client';
import { isAttributeUnit } from '@shopsearch/catalog/browser';
import { Fieldset, FieldRow, InputField, Note, SelectField } from '~/components/ui';
import {
  ATTRIBUTE_USES,
  type AttributeChoice,
  type AttributeUse,
} from '~/lib/admin/attributeColumns';
import styles from './MappingEditor.module.css';

/**
 * The columns no product field reads: each can become a typed attribute with a name (and, for
 * numbers, a unit), or stay out of the import.
 */
export function AttributeColumnsEditor({
  choices,
  onChange,
}: {
  choices: Record<string, AttributeChoice>;
  onChange: (column: string, choice: AttributeChoice) => void;
}) {
  const columns = Object.keys(choices);
  if (columns.length === 0) return null;
  return (
    <Fieldset legend="Other columns">
      <Note>
        A number’s cells may carry their unit (“12 cm”); yes/no cells read yes/no, y/n, true/false
        or 1/0. A cell that is not of its type is reported with its row.
      </Note>
      {columns.map((column) => {
        const choice = choices[column]!;
        const set = (change: Partial<AttributeChoice>) =>
          onChange(column, { ...choice, ...change });
        const badUnit = choice.unit.trim() !== '' && !isAttributeUnit(choice.unit.trim());
        return (
          <FieldRow key={column} className={styles.attribute}>
            <SelectField
              label={`Column “${column}”`}
              value={choice.use}
              onChange={(e) => set({ use: e.target.value as AttributeUse })}
            >
              {ATTRIBUTE_USES.map(({ use, label }) => (
                <option key={use} value={use}>
                  {label}
                </option>
              ))}
            </SelectField>
            {choice.use !== 'none' && (
              <InputField
                label={`Attribute name for “${column}”`}
                value={choice.name}
                maxLength={100}
                onChange={(e) => set({ name: e.target.value })}
              />
            )}
            {choice.use === 'numeric' && (
              <InputField
                label={`Unit for “${column}”`}
                labelNote="optional"
                value={choice.unit}
                maxLength={12}
                className={styles.unit}
                error={badUnit ? 'A unit is letters and digits, like kg or mAh' : undefined}
                onChange={(e) => set({ unit: e.target.value })}
              />
            )}
          </FieldRow>
        );
      })}
    </Fieldset>
  );
}
