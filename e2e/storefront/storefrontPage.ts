// Reading and driving the storefront the way a shopper does: by roles, labels and visible text.
import type { Page } from 'playwright-core';

/**
 * Resolves once the results on screen belong to the search in the address bar and the page reacts
 * to input. The server's HTML already shows the results; until React has hydrated the controls
 * (it marks each element it owns), a sort chosen or a box typed into is never seen.
 */
export async function waitForSearch(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const section = document.querySelector('[data-search-key]');
    if (!section || section.getAttribute('aria-busy') !== 'false') return false;
    const owned = (element: Element) =>
      Object.keys(element).some((k) => k.startsWith('__reactFiber$'));
    const controls = [section, ...document.querySelectorAll('select, input, button')];
    if (!controls.every(owned)) return false;
    const key = new URLSearchParams(window.location.search).toString();
    return section.getAttribute('data-search-key') === key;
  });
}

export const resultsHeading = (page: Page) => page.locator('#results-heading');

export const resultList = (page: Page) => page.getByRole('list', { name: 'Products' });

export function resultTitles(page: Page): Promise<string[]> {
  return resultList(page).locator('h3').allInnerTexts();
}

export const searchBox = (page: Page) => page.getByRole('combobox', { name: /^Search / });

/** The results' prices in minor units, read back from their formatted text ("$1,234.50"). */
export async function resultPrices(page: Page): Promise<number[]> {
  const texts = await resultList(page).locator('[data-field="price"]').allInnerTexts();
  return texts.map((t) => Math.round(Number(t.replace(/[^\d.]/g, '')) * 100));
}

export function resultBrands(page: Page): Promise<string[]> {
  return resultList(page).locator('[data-field="brand"]').allInnerTexts();
}

export function searchParam(page: Page, name: string): string[] {
  return new URL(page.url()).searchParams.getAll(name);
}

/** Runs a search from the header's search box. */
export async function searchFor(page: Page, text: string): Promise<void> {
  await searchBox(page).fill(text);
  await searchBox(page).press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === text.trim());
  await waitForSearch(page);
}
