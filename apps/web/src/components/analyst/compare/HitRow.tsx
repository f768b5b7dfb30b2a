import type { KeyboardEvent, Ref } from 'react';
import { PriceTag } from '~/components/storefront/PriceTag';
import { WhyThisResult } from '~/components/storefront/WhyThisResult';
import type { ComparedHit, ComparedRanking } from '~/lib/analyst/apiTypes';
import { formatMetric } from '~/lib/analyst/format';
import { GRADE_LABELS, isGrade, type Grade } from '~/lib/analyst/grades';
import { movementOf } from '~/lib/analyst/movement';
import { hitTieNote, matchText } from '~/lib/analyst/scoreReading';
import { productHref, storeRoutes } from '~/lib/storefront/storeRoutes';
import { GradeControl } from './GradeControl';
import styles from './HitRow.module.css';
import { MovementMark } from './MovementMark';
import type { SaveState } from './useRateHit';

function accessibleName(hit: ComparedHit, isBaseline: boolean): string {
  const movement = movementOf(hit.shift, isBaseline).description;
  const grade = isGrade(hit.grade)
    ? `graded ${hit.grade}, ${GRADE_LABELS[hit.grade]}`
    : 'not judged';
  const only = hit.onlyHere ? ', only in this ranking' : '';
  return `${hit.rank}. ${hit.product.title}; ${grade}${movement ? `; ${movement}` : ''}${only}`;
}

/** One hit of a ranking: a stop for the keyboard (rating keys act on it) with its details. */
export function HitRow({
  hit,
  q,
  queryTokens,
  store,
  isBaseline,
  tabbable,
  itemRef,
  onFocus,
  onKeyDown,
  saveState,
  onRate,
}: {
  hit: ComparedHit;
  q: string;
  queryTokens: ComparedRanking['queryTokens'];
  store: string;
  isBaseline: boolean;
  tabbable: boolean;
  itemRef: Ref<HTMLLIElement>;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  saveState: SaveState | undefined;
  onRate?: ((grade: Grade) => void) | undefined;
}) {
  const { product, scores } = hit;
  const match = matchText(hit);
  const tie = hitTieNote(hit);
  return (
    <li
      ref={itemRef}
      className={styles.hit}
      tabIndex={tabbable ? 0 : -1}
      aria-label={accessibleName(hit, isBaseline)}
      data-only-here={hit.onlyHere}
      data-product-id={product.id}
      onFocus={(e) => e.target === e.currentTarget && onFocus()}
      onKeyDown={(e) => e.target === e.currentTarget && onKeyDown(e)}
    >
      <div className={styles.head}>
        <span className={styles.rank}>{hit.rank}</span>
        <MovementMark shift={hit.shift} isBaseline={isBaseline} />
        <div className={styles.titleBlock}>
          <a
            className={styles.title}
            href={productHref(storeRoutes(store, false), product.id)}
            target="_blank"
            rel="noopener"
          >
            {product.title}
          </a>
          <p className={styles.meta}>
            {product.brand && <span>{product.brand}</span>}
            <PriceTag minor={product.priceMinor} currency={product.currency} />
            {hit.onlyHere && <span className={styles.onlyHere}>Only in this ranking</span>}
          </p>
        </div>
      </div>
      <GradeControl grade={hit.grade} saveState={saveState} onRate={onRate} />
      <p className={styles.scores}>
        First stage #{hit.firstStageRank}
        {hit.rerankedRank !== null && <> · reranked #{hit.rerankedRank}</>}
        {match && (
          <>
            {' '}
            ·{' '}
            <span title="MaxSim as the mean best cosine per query token: 0–1, higher is closer">
              {match}
            </span>
          </>
        )}
      </p>
      {tie && <p className={styles.tie}>{tie}</p>}
      <details className={styles.scoreDetails}>
        <summary>Scores</summary>
        lexical {formatMetric(scores.lexical, 2)} · raw MaxSim {formatMetric(scores.maxSim, 3)} (sum
        over query tokens of weight × best cosine) · final {formatMetric(scores.final, 3)}
      </details>
      {q.trim() && <WhyThisResult q={q} hit={hit} queryTokens={queryTokens} />}
    </li>
  );
}
