import type { ComparedRanking } from '~/lib/analyst/apiTypes';
import { formatCount, formatMs } from '~/lib/analyst/format';
import { rankingTieNote } from '~/lib/analyst/scoreReading';
import styles from './RankingHeader.module.css';

/** A ranking's name and how it was produced: matches, time, index version, and any notices. */
export function RankingHeader({
  ranking,
  letter,
  headingId,
}: {
  ranking: ComparedRanking;
  letter: string;
  headingId: string;
}) {
  const version = ranking.indexVersion;
  const fellBack = ranking.profileUsed !== ranking.configuration.profile;
  const ties = rankingTieNote(ranking.hits);
  return (
    <header className={styles.header}>
      <h3 id={headingId} className={styles.title}>
        <span className={styles.letter}>{letter}</span> {ranking.label}
      </h3>
      <p className={styles.facts}>
        {formatCount(ranking.total)}
        {ranking.totalExhaustive ? '' : '+'} found · {formatMs(ranking.totalMs)}
        {version && (
          <>
            {' '}
            · index v{version.id} ({version.model}, {version.codec})
          </>
        )}
      </p>
      {fellBack && <p className={styles.notice}>Ranked as {ranking.profileUsed}.</p>}
      {ties && <p className={styles.notice}>{ties}</p>}
      {ranking.notices.map((n) => (
        <p key={n} className={styles.notice}>
          {n}
        </p>
      ))}
    </header>
  );
}
