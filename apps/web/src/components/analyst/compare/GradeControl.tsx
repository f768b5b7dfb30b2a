import { GRADE_LABELS, GRADES, isGrade, type Grade } from '~/lib/analyst/grades';
import styles from './GradeControl.module.css';
import type { SaveState } from './useRateHit';

const SAVE_TEXT: Record<SaveState, string> = {
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
};

/**
 * A hit's judged grade, with 0–3 buttons for the mouse (the keyboard rates the focused hit with
 * the digit keys, so the buttons stay out of the tab order) and whether the last rating was saved.
 */
export function GradeControl({
  grade,
  saveState,
  onRate,
}: {
  grade: number | null;
  saveState: SaveState | undefined;
  /** Absent when no judgment set is chosen: the grade is shown, not editable. */
  onRate?: ((grade: Grade) => void) | undefined;
}) {
  const known = isGrade(grade) ? grade : null;
  return (
    <div className={styles.control}>
      <span className={styles.grade} data-grade={known ?? 'none'}>
        {known === null ? 'Not judged' : `${known} · ${GRADE_LABELS[known]}`}
      </span>
      {onRate && (
        <span className={styles.buttons}>
          {GRADES.map((g) => (
            <button
              key={g}
              type="button"
              tabIndex={-1}
              className={styles.button}
              aria-pressed={known === g}
              title={`Rate ${g}: ${GRADE_LABELS[g]}`}
              onClick={() => onRate(g)}
            >
              {g}
            </button>
          ))}
        </span>
      )}
      {saveState && (
        <span className={styles.saved} data-save-state={saveState}>
          {SAVE_TEXT[saveState]}
        </span>
      )}
    </div>
  );
}
