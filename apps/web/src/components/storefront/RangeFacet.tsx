'use client';
import { useId, useState, type FormEvent } from 'react';
import type { NumericBounds } from '~/lib/storefront/searchState';
import { FacetGroup } from './FacetGroup';
import styles from './Facets.module.css';

function toText(n: number | undefined): string {
  return n === undefined ? '' : String(n);
}

function toNumber(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : 'invalid';
}

/** One end of the range: a decimal input whose placeholder is the results' own bound. */
function RangeBound({
  label,
  value,
  placeholder,
  problemId,
  onChange,
}: {
  label: string;
  value: string;
  placeholder: number | undefined;
  /** The range's problem message, which describes both ends while it shows. */
  problemId: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <label className={styles.rangeField}>
      <span className={styles.rangeLabel}>{label}</span>
      <input
        className={styles.number}
        inputMode="decimal"
        value={value}
        placeholder={toText(placeholder)}
        aria-invalid={problemId !== null}
        aria-describedby={problemId ?? undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/**
 * A from–to range applied with a button (or Enter), so typing a number does not search at every
 * keystroke. The available range of the current results shows as placeholders. Keyed by the
 * applied range in the parent, so it resets when the URL changes.
 */
export function RangeFacet({
  title,
  unit,
  applied,
  available,
  allowNegative,
  onApply,
}: {
  title: string;
  unit?: string | undefined;
  applied: NumericBounds | null;
  available: { min: number; max: number } | null;
  allowNegative: boolean;
  onApply: (range: NumericBounds | null) => void;
}) {
  const id = useId();
  const [min, setMin] = useState(toText(applied?.min));
  const [max, setMax] = useState(toText(applied?.max));
  const [problem, setProblem] = useState<string | null>(null);
  const suffix = unit ? ` (${unit})` : '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const lo = toNumber(min);
    const hi = toNumber(max);
    if (lo === 'invalid' || hi === 'invalid') return setProblem('Enter numbers only.');
    if (!allowNegative && ((lo ?? 0) < 0 || (hi ?? 0) < 0))
      return setProblem('Enter amounts of 0 or more.');
    if (lo !== undefined && hi !== undefined && lo > hi)
      return setProblem('The minimum is above the maximum.');
    setProblem(null);
    onApply(lo === undefined && hi === undefined ? null : { min: lo, max: hi });
  };

  return (
    <FacetGroup title={title}>
      <form className={styles.range} onSubmit={submit} noValidate>
        {(
          [
            ['Min', min, setMin, available?.min],
            ['Max', max, setMax, available?.max],
          ] as const
        ).map(([end, value, onChange, placeholder]) => (
          <RangeBound
            key={end}
            label={`${end}${suffix}`}
            value={value}
            placeholder={placeholder}
            problemId={problem ? `${id}-problem` : null}
            onChange={onChange}
          />
        ))}
        <button type="submit" className={styles.apply}>
          Apply
        </button>
      </form>
      {problem && (
        <p id={`${id}-problem`} className={styles.problem} role="alert">
          {problem}
        </p>
      )}
    </FacetGroup>
  );
}
