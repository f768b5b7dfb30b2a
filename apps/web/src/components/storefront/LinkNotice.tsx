import styles from './Notice.module.css';

/** Says which parts of a shared or edited link could not be used, instead of failing on them. */
export function LinkNotice({ ignored }: { ignored: string[] }) {
  if (ignored.length === 0) return null;
  return (
    <p className={styles.notice} role="note">
      Some parts of this link could not be used and were left out: {ignored.join('; ')}.
    </p>
  );
}
