'use client';
import { useState, type FormEvent } from 'react';
import { PRESETS, type Period, type PeriodChoice } from '~/lib/analyst/period';
import workbench from '../Workbench.module.css';
import styles from './AnalyticsDashboard.module.css';

/** Presets (24 hours, 7 days, 30 days) or two dates, both days included. */
export function PeriodPicker({
  period,
  onChoose,
}: {
  period: Period;
  onChoose: (choice: PeriodChoice) => void;
}) {
  const [fromDay, setFromDay] = useState(period.fromDay);
  const [toDay, setToDay] = useState(period.toDay);
  const [shown, setShown] = useState(period);
  // Another period chosen (a preset, back/forward): the date fields follow it.
  if (shown !== period) {
    setShown(period);
    setFromDay(period.fromDay);
    setToDay(period.toDay);
  }
  const inverted = fromDay > toDay;
  const current = 'preset' in period.choice ? period.choice.preset : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (fromDay && toDay && !inverted) onChoose({ fromDay, toDay });
  };

  return (
    <form className={workbench.panel} onSubmit={submit} aria-label="Period">
      <div className={workbench.fields}>
        <div className={styles.presets} role="group" aria-label="Preset periods">
          {PRESETS.map((p) => (
            <button
              key={p.id}
              type="button"
              className={styles.preset}
              aria-pressed={current === p.id}
              onClick={() => onChoose({ preset: p.id })}
            >
              {p.label}
            </button>
          ))}
        </div>
        <label className={workbench.field}>
          From
          <input
            className={workbench.input}
            type="date"
            required
            value={fromDay}
            max={toDay}
            onChange={(e) => setFromDay(e.target.value)}
          />
        </label>
        <label className={workbench.field}>
          To (included)
          <input
            className={workbench.input}
            type="date"
            required
            value={toDay}
            min={fromDay}
            aria-invalid={inverted}
            onChange={(e) => setToDay(e.target.value)}
          />
        </label>
        <button type="submit" className={workbench.secondaryButton} disabled={inverted}>
          Show these days
        </button>
      </div>
      {inverted && (
        <p className={workbench.problem} role="alert">
          The period must end on or after the day it starts.
        </p>
      )}
    </form>
  );
}
