'use client';
import { useState } from 'react';
import { Field, type FieldFrameProps } from './Field';
import styles from './Field.module.css';

/**
 * A number input that may be cleared and retyped: the text is kept as typed, and `onChange` hears
 * only values inside [min, max]. A value changed from outside replaces the text.
 */
export function NumberField({
  value,
  min,
  max,
  step,
  onChange,
  ...frame
}: FieldFrameProps & {
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max;
  return (
    <Field {...frame}>
      {(ids) => (
        <input
          {...ids}
          className={styles.number}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          required
          aria-invalid={!valid}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const next = Number(e.target.value);
            if (e.target.value.trim() !== '' && next >= min && next <= max) {
              setShown(next);
              onChange(next);
            }
          }}
        />
      )}
    </Field>
  );
}
