'use client';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CompareInput, CompareResult, ComparedHit, JudgmentSet } from '~/lib/analyst/apiTypes';
import { RANKING_LETTERS } from '~/lib/analyst/compareState';
import { GRADE_LABELS } from '~/lib/analyst/grades';
import { ratingKeyAction } from '~/lib/analyst/ratingKeys';
import { Muted, Note } from '~/components/ui';
import { HitRow } from './HitRow';
import { RankingHeader } from './RankingHeader';
import styles from './RankingColumns.module.css';
import { useRateHit } from './useRateHit';

interface Position {
  column: number;
  row: number;
}

/**
 * The rankings side by side. The keyboard moves one focus across them (a roving tab stop per
 * ranking) and rates the focused hit in the chosen judgment set; a live region says what was
 * saved.
 */
export function RankingColumns({
  result,
  input,
  storeSlug,
  judgmentSet,
}: {
  result: CompareResult;
  input: CompareInput;
  storeSlug: string;
  judgmentSet: JudgmentSet | null;
}) {
  const [active, setActive] = useState<Position>({ column: 0, row: 0 });
  const [announcement, setAnnouncement] = useState('');
  const items = useRef(new Map<string, HTMLLIElement>());
  const { saveStates, canRate, rate } = useRateHit(input, judgmentSet?.id ?? null);
  const { rankings } = result;

  const focus = (target: Position) => {
    const column = Math.max(0, Math.min(rankings.length - 1, target.column));
    const last = (rankings[column]?.hits.length ?? 1) - 1;
    const row = Math.max(0, Math.min(last, target.row));
    setActive({ column, row });
    items.current.get(`${column}:${row}`)?.focus();
  };

  const rateHit = (hit: ComparedHit, grade: 0 | 1 | 2 | 3 | null) => {
    if (!canRate) {
      setAnnouncement('Choose a judgment set above to rate hits.');
      return;
    }
    rate(hit.product.id, grade);
    setAnnouncement(
      grade === null
        ? `Removed the grade of ${hit.product.title}.`
        : `Rated ${hit.product.title} ${grade}, ${GRADE_LABELS[grade]}.`,
    );
  };

  const onKeyDown = (event: KeyboardEvent, at: Position, hit: ComparedHit) => {
    const action = ratingKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'rate') rateHit(hit, action.grade);
    else if (action.type === 'move') focus({ ...at, row: at.row + action.by });
    else if (action.type === 'column') focus({ column: at.column + action.by, row: at.row });
    else focus({ ...at, row: action.to === 'first' ? 0 : Number.MAX_SAFE_INTEGER });
  };

  return (
    <>
      <Note id="rating-help">
        {canRate ? (
          <>
            Rating into <strong>{judgmentSet?.name}</strong>: focus a hit (Tab), move with ↑ ↓ or j
            k, switch ranking with ← → or h l, press 0–3 to rate and Delete to remove a grade.
          </>
        ) : (
          'Choose a judgment set above to see and rate grades.'
        )}
      </Note>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className={styles.columns}>
        {rankings.map((ranking, column) => (
          <section
            key={column}
            className={styles.column}
            aria-labelledby={`ranking-${column}-heading`}
          >
            <RankingHeader
              ranking={ranking}
              letter={RANKING_LETTERS[column]!}
              headingId={`ranking-${column}-heading`}
            />
            {ranking.hits.length === 0 ? (
              <Muted>Nothing found.</Muted>
            ) : (
              <ol
                className={styles.hits}
                aria-labelledby={`ranking-${column}-heading`}
                aria-describedby="rating-help"
              >
                {ranking.hits.map((hit, row) => (
                  <HitRow
                    key={hit.product.id}
                    hit={hit}
                    q={input.q}
                    queryTokens={ranking.queryTokens}
                    store={storeSlug}
                    isBaseline={column === 0}
                    tabbable={row === (active.column === column ? active.row : 0)}
                    itemRef={(el) => {
                      if (el) items.current.set(`${column}:${row}`, el);
                      else items.current.delete(`${column}:${row}`);
                    }}
                    onFocus={() => setActive({ column, row })}
                    onKeyDown={(e) => onKeyDown(e, { column, row }, hit)}
                    saveState={saveStates.get(hit.product.id)}
                    onRate={canRate ? (grade) => rateHit(hit, grade) : undefined}
                  />
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
