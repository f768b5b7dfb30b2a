import { movementOf } from '~/lib/analyst/movement';
import styles from './HitRow.module.css';

/** ↑n / ↓n / = / new against the first ranking; nothing in the first ranking itself. */
export function MovementMark({ shift, isBaseline }: { shift: number | null; isBaseline: boolean }) {
  const movement = movementOf(shift, isBaseline);
  if (movement.kind === 'baseline') return null;
  return (
    <span className={styles.movement} data-movement={movement.kind} title={movement.description}>
      <span aria-hidden="true">{movement.mark}</span>
      <span className="visually-hidden">{movement.description}</span>
    </span>
  );
}
