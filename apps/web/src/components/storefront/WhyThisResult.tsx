import type { QueryToken, SearchHit } from '~/lib/storefront/apiTypes';
import { boostNote } from '~/lib/storefront/boostNote';
import { explainHit, type WordExplanation } from '~/lib/storefront/matchExplanation';
import { meaningNote, productTypeNote } from '~/lib/storefront/meaningNote';
import { tokenMatches } from '~/lib/storefront/tokenMatches';
import styles from './WhyThisResult.module.css';

const FIELD_PHRASE = {
  title: 'in the title',
  brand: 'in the brand',
  description: 'in the description',
};

function strengthPhrase(w: WordExplanation): string {
  const percent = w.similarity === null ? '' : ` (${Math.round(w.similarity * 100)}%)`;
  switch (w.strength) {
    case 'exact':
      return 'exact match';
    case 'strong':
    case 'good':
    case 'weak':
      return `${w.strength} match${percent}`;
    case 'keyword':
      return 'word found';
    case 'none':
      return 'not in the title, brand or description';
  }
}

function rankNote(hit: SearchHit): string | null {
  const { firstStageRank: before, rerankedRank: after } = hit;
  if (after === null || after === before) return null;
  return after < before
    ? `Matching by meaning moved this product up from position ${before} to ${after}.`
    : `Matching by meaning moved this product down from position ${before} to ${after}.`;
}

/** A disclosure under each hit: how each query word matched this product, in plain words. */
export function WhyThisResult({
  q,
  hit,
  queryTokens,
}: {
  q: string;
  hit: SearchHit;
  /** The answer's query tokens, which the hit's explanation follows. */
  queryTokens: QueryToken[];
}) {
  const words = explainHit(q, hit.product, tokenMatches(queryTokens, hit));
  const byMeaning = meaningNote(hit.meaning);
  const ofType = productTypeNote(hit.productType);
  if (
    words.length === 0 &&
    hit.synonyms.length === 0 &&
    !byMeaning &&
    !ofType &&
    !hit.pinned &&
    hit.boost === null
  )
    return null;
  // A boost's move is the shop's, not the matching's: it is named instead of the rank note. A
  // product found by meaning alone had no place in the first stage's order to move from.
  const note = hit.pinned
    ? 'The shop placed this product at this position.'
    : (boostNote(hit.boost) ?? (byMeaning ? null : rankNote(hit)));
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Why this result?</summary>
      <ul className={styles.list}>
        {words.map((w) => (
          <li key={w.queryWord} className={styles.item}>
            <span className={styles.words}>
              <span className={styles.query}>“{w.queryWord}”</span>
              {w.productWords.length > 0 && (
                <>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden"> matched </span>
                  <span className={styles.product}>“{w.productWords.join('”, “')}”</span>
                  {w.field && <span className={styles.field}> {FIELD_PHRASE[w.field]}</span>}
                </>
              )}
            </span>{' '}
            <span className={styles.strength} data-strength={w.strength}>
              {strengthPhrase(w)}
            </span>
          </li>
        ))}
      </ul>
      {hit.synonyms.map((s) => (
        <p key={s.synonymOf} className={styles.note}>
          Matched ‘{s.term}’, a synonym of ‘{s.synonymOf}’.
        </p>
      ))}
      {byMeaning && <p className={styles.note}>{byMeaning}</p>}
      {ofType && <p className={styles.note}>{ofType}</p>}
      {note && <p className={styles.note}>{note}</p>}
    </details>
  );
}
