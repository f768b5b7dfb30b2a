import type { Suggestion } from '~/lib/storefront/apiTypes';
import { typedPrefixSegments } from '~/lib/storefront/highlight';
import { HighlightedText } from './HighlightedText';
import styles from './SearchBox.module.css';

interface Props {
  id: string;
  hidden: boolean;
  suggestions: Suggestion[];
  typed: string;
  active: number;
  optionId: (index: number) => string;
  onPick: (suggestion: Suggestion) => void;
}

/** The combobox's listbox: brands first, then products, the typed words marked. */
export function SuggestionList({
  id,
  hidden,
  suggestions,
  typed,
  active,
  optionId,
  onPick,
}: Props) {
  return (
    <ul id={id} role="listbox" aria-label="Suggestions" hidden={hidden} className={styles.listbox}>
      {suggestions.map((s, i) => (
        <li
          key={`${s.kind}:${s.productId ?? s.text}`}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          className={styles.option}
          // Keep focus in the input so the combobox stays open while the pointer picks.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(s)}
        >
          <span className={styles.optionText}>
            <HighlightedText segments={typedPrefixSegments(s.text, typed)} />
          </span>
          <span className={styles.optionKind}>{s.kind === 'brand' ? 'Brand' : 'Product'}</span>
        </li>
      ))}
    </ul>
  );
}
