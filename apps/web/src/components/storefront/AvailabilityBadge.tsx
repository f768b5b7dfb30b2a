import type { Availability } from '~/lib/storefront/apiTypes';
import { AVAILABILITY_LABELS } from '~/lib/storefront/searchState';
import styles from './AvailabilityBadge.module.css';

export function AvailabilityBadge({ availability }: { availability: Availability }) {
  return (
    <span className={styles.badge} data-availability={availability}>
      {AVAILABILITY_LABELS[availability]}
    </span>
  );
}
