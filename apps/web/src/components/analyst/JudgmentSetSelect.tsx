import type { JudgmentSet } from '~/lib/analyst/apiTypes';
import { countOf } from '~/lib/analyst/format';
import { Field } from './Field';
import workbench from './Workbench.module.css';

/** Picks one of the store's judgment sets (or none, where that is allowed). */
export function JudgmentSetSelect({
  sets,
  value,
  onChange,
  noneLabel,
  label = 'Judgment set',
}: {
  sets: JudgmentSet[];
  value: number | null;
  onChange: (setId: number | null) => void;
  /** Offer "none" with this text; without it a set must be chosen. */
  noneLabel?: string;
  label?: string;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <select
          id={id}
          className={workbench.select}
          value={value ?? ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        >
          {(noneLabel !== undefined || value === null) && (
            <option value="">{noneLabel ?? 'Choose a judgment set'}</option>
          )}
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {`${s.name} (${countOf(s.queries, 'query', 'queries')}, ${countOf(s.judgments, 'judgment')})`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
