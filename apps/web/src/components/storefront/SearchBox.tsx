'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { StoreInfo, Suggestion } from '~/lib/storefront/apiTypes';
import { EMPTY_SEARCH, LIMITS } from '~/lib/storefront/searchState';
import { productHref, type StoreRoutes } from '~/lib/storefront/storeRoutes';
import { Button } from '~/components/ui';
import styles from './SearchBox.module.css';
import { SuggestionList } from './SuggestionList';
import { useSearchNavigation } from './useSearchNavigation';
import { useSearchState } from './useSearchState';
import { useSuggestions } from './useSuggestions';

/**
 * The search field with as-you-type suggestions, following the ARIA combobox pattern: arrows move
 * through the options, Enter picks the active one (or searches for the text), Escape closes the
 * list, then clears the text. Without JavaScript it is a plain GET form.
 */
export function SearchBox({ store, routes }: { store: StoreInfo; routes: StoreRoutes }) {
  const router = useRouter();
  const pathname = usePathname();
  const navigate = useSearchNavigation(routes);
  const { state } = useSearchState(store);
  const urlQuery = pathname === routes.search ? state.q : '';
  const [text, setText] = useState(urlQuery);
  const [shownQuery, setShownQuery] = useState(urlQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSuggestions(store.slug, text);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = open && suggestions.length > 0;

  // Back/forward and links change the query in the URL: the field follows.
  if (urlQuery !== shownQuery) {
    setShownQuery(urlQuery);
    setText(urlQuery);
  }

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const search = (q: string) => {
    close();
    navigate({ ...EMPTY_SEARCH, q: q.trim(), sort: state.sort });
  };

  const pick = (s: Suggestion) => {
    if (s.kind === 'product' && s.productId) {
      close();
      router.push(productHref(routes, s.productId));
    } else {
      setText(s.text);
      search(s.text);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        if (!expanded) setActive(event.key === 'ArrowDown' ? 0 : count - 1);
        else if (event.key === 'ArrowDown') setActive((i) => (i + 1) % count);
        else setActive((i) => (i <= 0 ? count - 1 : i - 1));
        setOpen(true);
        return;
      }
      case 'Enter':
        if (expanded && active >= 0 && suggestions[active]) {
          event.preventDefault();
          pick(suggestions[active]);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (expanded) close();
        else setText('');
        return;
    }
  };

  return (
    <form
      role="search"
      action={routes.search}
      method="get"
      className={styles.form}
      onSubmit={onSubmit}
    >
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search {store.name}
      </label>
      <div className={styles.field}>
        <input
          id={`${listId}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          enterKeyHint="search"
          placeholder="Search products"
          maxLength={LIMITS.queryLength}
          className={styles.input}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          onBlur={close}
        />
        <SuggestionList
          id={listId}
          hidden={!expanded}
          suggestions={suggestions}
          typed={text}
          active={active}
          optionId={optionId}
          onPick={pick}
        />
      </div>
      <Button type="submit" size="large">
        Search
      </Button>
      <p role="status" className="visually-hidden">
        {expanded ? `${suggestions.length} suggestions. Use the arrow keys to choose one.` : ''}
      </p>
    </form>
  );
}
