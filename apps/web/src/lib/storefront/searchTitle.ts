import { truncate } from './truncate';

/** The document title of a search page; the server's metadata and the browser's updates agree. */
export function searchTitle(q: string, storeName: string): string {
  const words = q.trim();
  return words ? `“${truncate(words, 80)}” – ${storeName}` : storeName;
}
