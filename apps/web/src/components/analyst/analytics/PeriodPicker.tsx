'use client';
import { useState, type SyntheticEvent } from 'react';
import { PRESETS, type Period, type PeriodChoice } from '~/lib/analyst/period';
import { Button, FieldRow, InputField, Panel, Problem } from '~/components/ui';
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

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (fromDay && toDay && !inverted) onChoose({ fromDay, toDay });
  };

  return (
    <Panel as="form" onSubmit={submit} aria-label="Period">
      <FieldRow alignEnd>
        <div className={styles.presets} role="group" aria-label="Preset periods">
          {PRESETS.map((p) => (
            <Button
              key={p.id}
              variant="quiet"
              aria-pressed={current === p.id}
              onClick={() => onChoose({ preset: p.id })}
            >
              {p.label}
            </Button>
          ))}
        </div>
        <InputField
          label="From"
          type="date"
          required
          value={fromDay}
          max={toDay}
          onChange={(e) => setFromDay(e.target.value)}
        />
        <InputField
          label="To (included)"
          type="date"
          required
          value={toDay}
          min={fromDay}
          aria-invalid={inverted}
          onChange={(e) => setToDay(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={inverted}>
          Show these days
        </Button>
      </FieldRow>
      {inverted && <Problem>The period must end on or after the day it starts.</Problem>}
    </Panel>
  );
}
