// Driving the analyst workbench as an analyst does: by roles, labels and visible text, waiting for
// the state each page announces (aria-busy, data attributes) rather than for time.
import type { Page } from 'playwright-core';
import type { TestAccount } from '../support/accounts.ts';
import { callOk } from '../support/api.ts';
import { DEMO_STORE } from '../support/stores.ts';

export const STORE = DEMO_STORE.slug;

export const sectionPath = (section: string, query = '') =>
  `/analyst/${STORE}/${section}${query ? `?${query}` : ''}`;

/** Fills and submits the sign-in form on the current page. */
export async function signInWithForm(page: Page, account: TestAccount): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Resolves once the rankings on screen belong to the comparison in the address bar. */
export async function waitForComparison(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const section = document.querySelector('[data-compare-key]');
    const wanted = section?.getAttribute('data-compare-key');
    return !!wanted && section?.getAttribute('data-compared-key') === wanted;
  });
}

/** The hits of one ranking ("A", "B" or "C"). */
export const rankingHits = (page: Page, letter: string) =>
  page.locator(`section[aria-labelledby="ranking-${letter.charCodeAt(0) - 65}-heading"] ol > li`);

/** Bars drawn by a chart (recharts draws each as a path in a bar-rectangle group). */
export const chartBars = (page: Page, chart: string) =>
  page.locator(`[data-chart="${chart}"] .recharts-bar-rectangle path`);

/** The id of the top lexical hit for `q`, asked through the API as the signed-in analyst. */
export async function topLexicalHit(page: Page, q: string): Promise<string> {
  const { rankings } = await callOk<{ rankings: { hits: { product: { id: string } }[] }[] }>(
    page,
    'query',
    'compare.rankings',
    { store: STORE, q, configurations: [{ profile: 'lexical' }, { profile: 'lexical' }] },
  );
  return rankings[0]!.hits[0]!.product.id;
}
