'use client';
import { useSyncExternalStore } from 'react';

// The last search of each store, per browser tab, so a product page can link back to it.
const keyOf = (store: string) => `shopsearch:last-search:${store}`;

export function rememberSearch(store: string, url: string): void {
  try {
    sessionStorage.setItem(keyOf(store), url);
  } catch {
    // Storage can be disabled; the back link then goes to the store's search page.
  }
}

const noSubscription = () => () => {};

/** The remembered search's URL, or `fallback` (also while rendering on the server). */
export function useRememberedSearch(store: string, fallback: string): string {
  const saved = useSyncExternalStore(
    noSubscription,
    () => {
      try {
        return sessionStorage.getItem(keyOf(store));
      } catch {
        return null;
      }
    },
    () => null,
  );
  // Only a same-site path: never follow a stored value off the site.
  return saved?.startsWith('/') && !saved.startsWith('//') ? saved : fallback;
}
