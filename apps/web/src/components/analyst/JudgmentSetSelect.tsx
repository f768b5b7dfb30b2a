import { SelectField } from '~/components/ui';
import type { JudgmentSet } from '~/lib/analyst/apiTypes';
import { countOf } from '~/lib/analyst/format';

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
    <SelectField
      label={label}
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
    </SelectField>
  );
}
